import type { LifelongLearningWeekEntry } from "../LifelongLearningWeekEntry.ts";

/**
 * The Weeks whose dates are known, one entry per year, from the Ministry's letters and dated press reports. A year missing here gets the
 * default rule in {@link lifelongLearningWeek} and is marked provisional. `letterDate` is set only where the letter's
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
    source:
      "First Week, announced with the national Steering Committee, Hội Khuyến học Việt Nam and UN agencies; dates as reported for that year; letter number unconfirmed",
  },
  {
    year: 2014,
    start: "2014-09-29",
    source: "Công văn 4583/BGDĐT-GDTX (number from the related-documents list); dates 29/09-05/10/2014 as reported",
  },
  {
    year: 2017,
    start: "2017-10-02",
    opening: "2017-10-02",
    source: "01/10/2017 a Sunday; dates as reported for that year; letter number unconfirmed",
  },
  {
    year: 2018,
    start: "2018-10-01",
    opening: "2018-10-01",
    source: "Dates as reported for that year; letter number unconfirmed",
    reportDeadline: { kind: "before", date: "2018-10-20" },
    reportDeadlineSource: "«trước ngày 20/10», reports to the Ministry via Vụ GDTX, as reported for that year",
  },
  {
    year: 2019,
    start: "2019-10-01",
    opening: "2019-10-01",
    source: "Công văn 4080/BGDĐT-GDTX ngày 10/09/2019 của Bộ Giáo dục và Đào tạo",
    letterDate: "2019-09-10",
  },
  {
    year: 2020,
    start: "2020-10-01",
    opening: "2020-10-01",
    source: "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo",
    letterDate: "2020-09-15",
    reportDeadline: { kind: "before", date: "2020-10-30" },
    reportDeadlineSource:
      "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020: báo cáo «trước ngày 30/10/2020» về Vụ GDTX và qua thư điện tử",
  },
  {
    year: 2021,
    start: "2021-10-01",
    opening: "2021-10-01",
    source: "Dates as reported for that year; letter number unconfirmed",
  },
  {
    year: 2022,
    start: "2022-10-01",
    opening: "2022-10-01",
    source: "01/10/2022 a Saturday, no shift; dates as reported for that year; letter number unconfirmed",
  },
  {
    year: 2023,
    start: "2023-10-02",
    opening: "2023-10-02",
    source: "01/10/2023 a Sunday; dates as reported for that year; letter number unconfirmed",
  },
  {
    year: 2024,
    start: "2024-10-01",
    opening: "2024-10-01",
    source: "Công văn 5201/BGDĐT-GDTX ngày 09/09/2024 của Bộ Giáo dục và Đào tạo",
    letterDate: "2024-09-09",
  },
  {
    year: 2025,
    start: "2025-10-01",
    opening: "2025-10-01",
    source: "Công văn 5607/BGDĐT-GDNNGDTX của Bộ Giáo dục và Đào tạo (about 18/09/2025)",
  },
] as const satisfies readonly LifelongLearningWeekEntry[];
