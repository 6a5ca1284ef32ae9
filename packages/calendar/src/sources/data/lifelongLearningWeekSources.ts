import type { SourceDocument } from "../../SourceDocument.ts";

const moet = "Bộ Giáo dục và Đào tạo";

/**
 * The documents behind each Lifelong Learning Week the SDK knows (`lifelongLearningWeeks` in `@xhht/calendar`), by
 * year: the Ministry's letter or, where it was not found, the dated reports of it by provinces and newspapers, each
 * with its issuer, its date and, where one exists, an `https` address, so a user can check the dates. The entry's
 * own `source` gives the same in one short line.
 *
 * @example
 * ```ts
 * import { lifelongLearningWeekSources } from "@xhht/calendar/sources";
 *
 * lifelongLearningWeekSources[2020]?.[0];
 * // { document: "Công văn 3589/BGDĐT-GDTX", issuer: "Bộ Giáo dục và Đào tạo", date: "2020-09-15", url: "https://…" }
 * ```
 */
export const lifelongLearningWeekSources: Readonly<Record<number, readonly SourceDocument[]>> = {
  2011: [
    {
      document: "«Lần đầu tiên tổ chức tuần lễ hưởng ứng “Học tập suốt đời” tại Việt Nam»",
      issuer: "Báo Đồng Nai",
      date: "2011-09-29",
    },
    {
      document: "«Viet Nam celebrate Lifelong Learning Week for the first time»",
      issuer: "UNESCO Office in Hanoi",
      date: "2011-10-01",
    },
  ],
  2012: [
    {
      document: "Văn bản 436-HKK/BPT về việc tổ chức tuần lễ hưởng ứng học tập suốt đời",
      issuer: "Trung ương Hội Khuyến học Việt Nam",
      date: "2012-09-19",
      url: "https://mnhoamy.pgdthanhxuan.edu.vn/bai-giang-dien-tu/cong-van-ve-viec-to-chuc-tuan-le-hoc-tap-suot-doi/ct/20351/94",
    },
    {
      document: "«Khai mạc Tuần lễ hưởng ứng học tập suốt đời 2012»",
      issuer: "Báo Lạng Sơn",
      url: "https://baolangson.vn/xa-hoi/giao-duc/91071-khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-2012.html",
    },
  ],
  2014: [
    { document: "Công văn 4583/BGDĐT-GDTX", issuer: moet },
    {
      document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2014»",
      issuer: "Báo Hải quan (HQ Online), on Báo Mới",
      url: "https://baomoi.com/tuan-le-huong-ung-hoc-tap-suot-doi-nam-2014/c/14678061.epi",
    },
  ],
  2017: [
    {
      document: "«Tổ chức Tuần lễ Hưởng ứng học tập suốt đời năm 2017»",
      issuer: "Báo Pháp luật & Xã hội",
      date: "2017-09-28",
      url: "https://phapluatxahoi.vn/to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2017-104521.html",
    },
  ],
  2018: [
    {
      document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2018 sẽ được tổ chức từ ngày 1-7/10»",
      issuer: "Cổng thông tin điện tử thành phố Hải Phòng",
      date: "2018-09-07",
      url: "https://thanhphohaiphong.gov.vn/tuan-le-huong-ung-hoc-tap-suot-doi-nam-2018-se-duoc-to-chuc-tu-ngay-1-7-10.html",
    },
  ],
  2019: [
    { document: "Công văn 4080/BGDĐT-GDTX", issuer: moet, date: "2019-09-10" },
    {
      document: "«Ngành giáo dục cần đi đầu trong phong trào học tập suốt đời»",
      issuer: "Báo Nhân Dân",
      url: "https://nhandan.vn/nganh-giao-duc-can-di-dau-trong-phong-trao-hoc-tap-suot-doi-post372780.html",
    },
  ],
  2020: [
    {
      document: "Công văn 3589/BGDĐT-GDTX",
      issuer: moet,
      date: "2020-09-15",
      url: "https://ls1.hethongphapluat.com/cong-van-3589-bgddt-gdtx-ve-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2020-do-bo-giao-duc-va-dao-tao-ban-hanh.html",
    },
  ],
  2021: [
    {
      document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2021»",
      issuer: "Thư viện tỉnh Điện Biên",
      date: "2021-09-30",
    },
    {
      document: "«Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021»",
      issuer: "Báo Nam Định",
      url: "https://baonamdinh.vn/channel/5083/202109/to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2021-2546502",
    },
  ],
  2022: [
    {
      document: "«Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2022»",
      issuer: "Ủy ban nhân dân huyện Bạch Thông",
      url: "https://bachthong.gov.vn/le-khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2022/",
    },
  ],
  2023: [
    {
      document:
        "News item on the Week 2023 (02/10-08/10/2023, opening 02/10/2023), after Sở Giáo dục và Đào tạo Hải Dương",
      issuer: "Cổng thông tin điện tử phường Lê Lợi, thành phố Chí Linh (Hải Dương)",
    },
    {
      document: "«HCMC starts Lifelong Learning Week 2023»",
      issuer: "Sài Gòn Giải Phóng (English edition)",
      date: "2023-10-03",
      url: "https://en.sggp.org.vn/hcmc-starts-lifelong-learning-week-2023-post105410.html",
    },
  ],
  2024: [
    { document: "Công văn 5201/BGDĐT-GDTX", issuer: moet, date: "2024-09-09" },
    {
      document: "«Quảng Nam xây dựng kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời»",
      issuer: "Báo Quảng Nam",
      url: "https://baoquangnam.vn/quang-nam-xay-dung-ke-hoach-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-3141307.html",
    },
  ],
  2025: [
    { document: "Công văn 5607/BGDĐT-GDNNGDTX", issuer: moet },
    {
      document: "«Tuần lễ hưởng ứng học tập suốt đời diễn ra từ ngày 1-7/10»",
      issuer: "Báo Tin Tức (Thông tấn xã Việt Nam), on vietnam.vn",
      date: "2025-09-18",
      url: "https://www.vietnam.vn/en/tuan-le-huong-ung-hoc-tap-suot-doi-dien-ra-tu-ngay-1-7-10",
    },
  ],
};
