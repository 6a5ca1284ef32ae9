import type { SourceDocument } from "../../SourceDocument.ts";

const molisa = "Bộ Lao động - Thương binh và Xã hội";
const vpcp = "Văn phòng Chính phủ";
// The Ministry's proposal for 2015 dates the first swaps: «Từ năm 2010 đến nay, Thủ tướng Chính phủ đã đồng ý về việc
// hoán đổi ngày nghỉ hằng tuần vào một số dịp nghỉ lễ, tết khi có tình huống nghỉ ngắt quãng».
const swapsSince2010: SourceDocument = {
  document: "Tờ trình 89/TTr-LĐTBXH: swaps «từ năm 2010 đến nay»",
  issuer: molisa,
  date: "2014-11-20",
};

/**
 * The documents behind each year's holiday decision of the SDK (`holidayDecisions` in `@xhht/calendar`), by year,
 * 2007-2026: the yearly notices of the Ministry of Labour (to 2025) and the Ministry of Home Affairs (from 2026), the
 * Government Office's letters behind them and, where a notice's number was not found, the press reports of it; for
 * 2007-2009, when no notice was found, the Ministry's proposal that dates the first swaps to 2010. Each with its
 * issuer, its date and, where one exists, an `https` address, so a user can check the days. The decision's own
 * `source` gives the same documents in one short line.
 *
 * @example
 * ```ts
 * import { holidayDecisionSources } from "@xhht/calendar/sources";
 *
 * holidayDecisionSources[2013]?.map((source) => source.document);
 * // ["Thông báo 4606/TB-BLĐTBXH", "Công văn 9570/VPCP-KGVX"]
 * ```
 */
export const holidayDecisionSources: Readonly<Record<number, readonly SourceDocument[]>> = {
  2007: [swapsSince2010],
  2008: [swapsSince2010],
  2009: [swapsSince2010],
  2010: [
    {
      document: "«Tết Canh Dần 2010: Công chức được nghỉ 9 ngày»",
      issuer: "Báo Hànộimới",
      date: "2010-02-06",
      url: "https://hanoimoi.vn/tet-canh-dan-2010-cong-chuc-duoc-nghi-9-ngay-230523.html",
    },
    { document: "Công văn 5971/VPCP-KGVX", issuer: vpcp },
    { document: "«Hoán đổi ngày nghỉ dịp Quốc khánh 2-9» (theo VGP)", issuer: "giaoduc.edu.vn", date: "2010-08-27" },
  ],
  2011: [
    {
      document: "«Nghỉ Tết Nguyên đán Tân Mão tám ngày»",
      issuer: "Báo Lạng Sơn",
      url: "https://baolangson.vn/xa-hoi/31573-nghi-tet-nguyen-dan-tan-mao-tam-ngay.html",
    },
  ],
  2012: [
    {
      document: "«Nghỉ Tết Nguyên đán 9 ngày» (theo chinhphu.vn)",
      issuer: "Báo Bình Định",
      url: "https://baobinhdinh.vn/trongnuoc/2011/12/120849",
    },
  ],
  2013: [
    {
      document: "Thông báo 4606/TB-BLĐTBXH",
      issuer: molisa,
      date: "2012-12-07",
      url: "https://vanbanphapluat.co/announcement-no-4606-tb-bldtbxh-swapping-the-weekends-during-holidays-2013",
    },
    { document: "Công văn 9570/VPCP-KGVX", issuer: vpcp, date: "2012-11-23" },
  ],
  2014: [
    {
      document: "Thông báo 5083/TB-BLĐTBXH",
      issuer: molisa,
      date: "2013-12-23",
      url: "https://m.thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Thong-bao-5083-TB-BLDTBXH-nam-2013-nghi-Tet-Am-lich-hoan-doi-ngay-nghi-dip-le-2014-217065.aspx",
    },
    { document: "Công văn 10525/VPCP-KGVX", issuer: vpcp, date: "2013-12-12" },
    {
      document:
        "«Thông báo chính thức về việc nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần vào các dịp lễ năm 2014»",
      issuer: "Báo Đắk Lắk",
      date: "2014-01-14",
    },
  ],
  2015: [
    { document: "Tờ trình 89/TTr-LĐTBXH (option 1, approved)", issuer: molisa, date: "2014-11-20" },
    { document: "«Vietnam PM approves 9-day Lunar New Year holiday»", issuer: "Thanh Niên News" },
  ],
  2016: [
    { document: "Thông báo 4659/TB-LĐTBXH", issuer: molisa, date: "2015-11-13" },
    {
      document: "«Lịch nghỉ Tết Nguyên đán Bính Thân 2016 gồm 9 ngày»",
      issuer: "Báo Ngày Nay",
      url: "https://ngaynay.vn/lich-nghi-tet-nguyen-dan-binh-than-2016-gom-9-ngay-post13884.html",
    },
  ],
  2017: [
    { document: "Công văn 9794/VPCP-KGVX", issuer: vpcp, date: "2016-11-14" },
    {
      document: "«Chính thức có lịch nghỉ Tết Âm lịch Đinh Dậu 2017»",
      issuer: "Thư Viện Pháp Luật",
      date: "2016-11-16",
    },
  ],
  2018: [
    {
      document: "Thông báo 5427/TB-LĐTBXH",
      issuer: molisa,
      date: "2017-12-22",
      url: "https://english.luatvietnam.vn/notice-no-5427-tb-ldtbxh-dated-december-22-2017-of-the-ministry-of-labor-war-invalids-and-social-affairs-on-regarding-2018s-national-and-tet-holid-119145-doc6.html",
    },
    { document: "Thông báo 573/TB-VPCP", issuer: vpcp, date: "2017-12-14" },
  ],
  2019: [
    {
      document: "Thông báo 3238/TB-LĐTBXH",
      issuer: molisa,
      url: "https://baonghean.vn/en/lich-nghi-le-tet-nam-2019-bo-ld-tb-xh-da-co-thong-bao-chinh-thuc-10181655.html",
    },
    { document: "Công văn 6519/VPCP-KGVX", issuer: vpcp },
  ],
  2020: [
    {
      document: "Thông báo 4544/TB-LĐTBXH",
      issuer: molisa,
      date: "2019-10-25",
      url: "https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/official-lunar-new-year-holiday-schedule-officials-and-public-employees-to-have-07-days-off-144554.html",
    },
    { document: "Công văn 9087/VPCP-KGVX", issuer: vpcp, date: "2019-10-07" },
  ],
  2021: [{ document: "Thông báo 4875/TB-LĐTBXH", issuer: molisa }],
  2022: [
    { document: "Thông báo 119/TB-LĐTBXH", issuer: molisa },
    { document: "Công văn 245/VPCP-KGVX", issuer: vpcp, date: "2022-01-11" },
  ],
  2023: [
    { document: "Thông báo 5034/TB-LĐTBXH", issuer: molisa },
    { document: "Công văn 8056/VPCP-KGVX", issuer: vpcp, date: "2022-12-01" },
  ],
  2024: [
    { document: "Thông báo 5015/TB-LĐTBXH", issuer: molisa, date: "2023-11-22" },
    { document: "Thông báo 1570/TB-BLĐTBXH", issuer: molisa, date: "2024-04-12" },
    { document: "Công văn 2450/VPCP-KGVX", issuer: vpcp, date: "2024-04-12" },
  ],
  2025: [
    { document: "Thông báo 6150/TB-BLĐTBXH", issuer: molisa },
    { document: "Công văn 8726/VPCP-KGVX", issuer: vpcp, date: "2024-11-26" },
  ],
  2026: [
    { document: "Thông báo 9441/TB-BNV", issuer: "Bộ Nội vụ", date: "2025-10-16" },
    { document: "Công văn 12729/VPCP-KGVX", issuer: vpcp, date: "2025-12-25" },
    { document: "Công văn 3383/BNV-CVL", issuer: "Bộ Nội vụ" },
  ],
};
