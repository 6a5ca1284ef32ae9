import type { LifelongLearningWeekEntry } from "../LifelongLearningWeekEntry.ts";

/**
 * The Weeks whose dates are known, one entry per year, from the Ministry's letters or, where a letter was not found,
 * the dated reports of it by provinces and newspapers, named in the entry's `source` (each document with its issuer,
 * date and address is in `lifelongLearningWeekSources` of `@xhht/calendar/sources`). A year missing here gets
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
    source: "Letter not found; Báo Đồng Nai, 29/09/2011",
  },
  {
    year: 2012,
    start: "2012-10-01",
    source: "Letter not found; Hội Khuyến học Việt Nam's 436-HKK/BPT, 19/09/2012",
  },
  {
    year: 2014,
    start: "2014-09-29",
    source: "Công văn 4583/BGDĐT-GDTX",
  },
  {
    year: 2017,
    start: "2017-10-02",
    source: "Letter not found; Hà Nội's Công văn 9029/VP-KGVX",
  },
  {
    year: 2018,
    start: "2018-10-01",
    source: "Letter not found; Hải Phòng's portal, 07/09/2018",
    reportDeadline: { kind: "before", date: "2018-10-20" },
    reportDeadlineSource: "«báo cáo … về Bộ GD&ĐT … trước ngày 20/10»: Hải Phòng's portal, 07/09/2018",
  },
  {
    year: 2019,
    start: "2019-10-01",
    source: "Công văn 4080/BGDĐT-GDTX ngày 10/09/2019 của Bộ Giáo dục và Đào tạo",
    letterDate: "2019-09-10",
  },
  {
    year: 2020,
    start: "2020-10-01",
    source: "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo",
    letterDate: "2020-09-15",
    reportDeadline: { kind: "before", date: "2020-10-30" },
    reportDeadlineSource: "Công văn 3589/BGDĐT-GDTX: báo cáo «trước ngày 30/10/2020»",
  },
  {
    year: 2021,
    start: "2021-10-01",
    source: "Letter not found; Điện Biên's Kế hoạch 2146/KH-SGDĐT",
  },
  {
    year: 2022,
    start: "2022-10-01",
    source: "Letter not found; UBND huyện Bạch Thông",
  },
  {
    year: 2023,
    start: "2023-10-02",
    source: "Letter not found; Sở GD&ĐT Hải Dương",
  },
  {
    year: 2024,
    start: "2024-10-01",
    source: "Công văn 5201/BGDĐT-GDTX ngày 09/09/2024 của Bộ Giáo dục và Đào tạo",
    letterDate: "2024-09-09",
  },
  {
    year: 2025,
    start: "2025-10-01",
    source: "Công văn 5607/BGDĐT-GDNNGDTX",
  },
] as const satisfies readonly LifelongLearningWeekEntry[];
