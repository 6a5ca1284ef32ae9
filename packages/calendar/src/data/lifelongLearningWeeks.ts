import type { LifelongLearningWeekEntry } from "../LifelongLearningWeekEntry.ts";

const moet = "Bộ Giáo dục và Đào tạo";

/**
 * The Weeks whose dates are known, one entry per year, from the Ministry's letters or, where a letter was not found,
 * the dated reports of it by provinces and newspapers, each named in the entry's `sources`. A year missing here gets
 * the default rule in {@link lifelongLearningWeek} and is marked provisional. `letterDate` is set only where the letter's
 * date is confirmed (2025's «about 18/09» is not); `reportDeadline` only where a year's deadline is known (2018, 2020).
 *
 * @example
 * ```ts
 * lifelongLearningWeeks.find((week) => week.year === 2020)?.start; // "2020-10-01"
 * ```
 */
export const lifelongLearningWeeks = [
  {
    year: 2011,
    start: "2011-10-02",
    opening: "2011-10-02",
    source: "Letter not found; Báo Đồng Nai, 29/09/2011; UNESCO Office in Hanoi, 01/10/2011",
    sources: [
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
  },
  {
    year: 2014,
    start: "2014-09-29",
    source: "Công văn 4583/BGDĐT-GDTX; Báo Hải quan: «từ ngày 29-9 đến hết ngày 5-10-2014»",
    sources: [
      { document: "Công văn 4583/BGDĐT-GDTX", issuer: moet },
      {
        document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2014»",
        issuer: "Báo Hải quan (HQ Online), on Báo Mới",
        url: "https://baomoi.com/tuan-le-huong-ung-hoc-tap-suot-doi-nam-2014/c/14678061.epi",
      },
    ],
  },
  {
    year: 2017,
    start: "2017-10-02",
    opening: "2017-10-02",
    source: "Letter not found; Hà Nội's Công văn 9029/VP-KGVX, Báo Pháp luật & Xã hội, 28/09/2017",
    sources: [
      {
        document: "«Tổ chức Tuần lễ Hưởng ứng học tập suốt đời năm 2017»",
        issuer: "Báo Pháp luật & Xã hội",
        date: "2017-09-28",
        url: "https://phapluatxahoi.vn/to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2017-104521.html",
      },
    ],
  },
  {
    year: 2018,
    start: "2018-10-01",
    opening: "2018-10-01",
    source: "Letter not found; Cổng thông tin điện tử thành phố Hải Phòng, 07/09/2018",
    sources: [
      {
        document: "«Tuần lễ hưởng ứng học tập suốt đời năm 2018 sẽ được tổ chức từ ngày 1-7/10»",
        issuer: "Cổng thông tin điện tử thành phố Hải Phòng",
        date: "2018-09-07",
        url: "https://thanhphohaiphong.gov.vn/tuan-le-huong-ung-hoc-tap-suot-doi-nam-2018-se-duoc-to-chuc-tu-ngay-1-7-10.html",
      },
    ],
    reportDeadline: { kind: "before", date: "2018-10-20" },
    reportDeadlineSource:
      "«báo cáo kết quả thực hiện về Bộ GD&ĐT (qua Vụ Giáo dục thường xuyên) … trước ngày 20/10»: Cổng thông tin điện tử thành phố Hải Phòng, 07/09/2018",
  },
  {
    year: 2019,
    start: "2019-10-01",
    opening: "2019-10-01",
    source: "Công văn 4080/BGDĐT-GDTX ngày 10/09/2019 của Bộ Giáo dục và Đào tạo",
    sources: [
      { document: "Công văn 4080/BGDĐT-GDTX", issuer: moet, date: "2019-09-10" },
      {
        document: "«Ngành giáo dục cần đi đầu trong phong trào học tập suốt đời»",
        issuer: "Báo Nhân Dân",
        url: "https://nhandan.vn/nganh-giao-duc-can-di-dau-trong-phong-trao-hoc-tap-suot-doi-post372780.html",
      },
    ],
    letterDate: "2019-09-10",
  },
  {
    year: 2020,
    start: "2020-10-01",
    opening: "2020-10-01",
    source: "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo",
    sources: [
      {
        document: "Công văn 3589/BGDĐT-GDTX",
        issuer: moet,
        date: "2020-09-15",
        url: "https://ls1.hethongphapluat.com/cong-van-3589-bgddt-gdtx-ve-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2020-do-bo-giao-duc-va-dao-tao-ban-hanh.html",
      },
    ],
    letterDate: "2020-09-15",
    reportDeadline: { kind: "before", date: "2020-10-30" },
    reportDeadlineSource:
      "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020: báo cáo «trước ngày 30/10/2020» về Vụ GDTX và qua thư điện tử",
  },
  {
    year: 2021,
    start: "2021-10-01",
    opening: "2021-10-01",
    source: "Letter not found; Thư viện tỉnh Điện Biên, 30/09/2021 (Kế hoạch 2146/KH-SGDĐT)",
    sources: [
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
  },
  {
    year: 2022,
    start: "2022-10-01",
    opening: "2022-10-01",
    source: "Letter not found; Ủy ban nhân dân huyện Bạch Thông",
    sources: [
      {
        document: "«Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2022»",
        issuer: "Ủy ban nhân dân huyện Bạch Thông",
        url: "https://bachthong.gov.vn/le-khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2022/",
      },
    ],
  },
  {
    year: 2023,
    start: "2023-10-02",
    opening: "2023-10-02",
    source: "Letter not found; Sở Giáo dục và Đào tạo Hải Dương, as phường Lê Lợi (Chí Linh) relays it",
    sources: [
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
  },
  {
    year: 2024,
    start: "2024-10-01",
    opening: "2024-10-01",
    source: "Công văn 5201/BGDĐT-GDTX ngày 09/09/2024 của Bộ Giáo dục và Đào tạo",
    sources: [
      { document: "Công văn 5201/BGDĐT-GDTX", issuer: moet, date: "2024-09-09" },
      {
        document: "«Quảng Nam xây dựng kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời»",
        issuer: "Báo Quảng Nam",
        url: "https://baoquangnam.vn/quang-nam-xay-dung-ke-hoach-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-3141307.html",
      },
    ],
    letterDate: "2024-09-09",
  },
  {
    year: 2025,
    start: "2025-10-01",
    opening: "2025-10-01",
    source: "Công văn 5607/BGDĐT-GDNNGDTX của Bộ Giáo dục và Đào tạo, reported by Báo Tin Tức on 18/09/2025",
    sources: [
      { document: "Công văn 5607/BGDĐT-GDNNGDTX", issuer: moet },
      {
        document: "«Tuần lễ hưởng ứng học tập suốt đời diễn ra từ ngày 1-7/10»",
        issuer: "Báo Tin Tức (Thông tấn xã Việt Nam), on vietnam.vn",
        date: "2025-09-18",
        url: "https://www.vietnam.vn/en/tuan-le-huong-ung-hoc-tap-suot-doi-dien-ra-tu-ngay-1-7-10",
      },
    ],
  },
] as const satisfies readonly LifelongLearningWeekEntry[];
