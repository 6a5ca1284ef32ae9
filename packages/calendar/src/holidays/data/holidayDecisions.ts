import type { HolidayDecision } from "../HolidayDecision.ts";

// The first swaps came in 2010 (Tờ trình 89/TTr-LĐTBXH: «Từ năm 2010 đến nay, Thủ tướng Chính phủ đã đồng ý về việc
// hoán đổi ngày nghỉ hằng tuần …»): a year before without a notice found has the Code's days and no swap.
const noNotice = "No notice found; no swap before 2010 (Tờ trình 89/TTr-LĐTBXH)";

/**
 * Each year's government decision on the civil service's days off, 2007-2026, from the yearly notices of the
 * Ministry of Labour (to 2025) and the Ministry of Home Affairs (from 2026) and the Government Office's letters
 * behind them, named in each entry's `source` (each document with its issuer, date and address is in
 * `holidayDecisionSources` of `@xhht/calendar/sources`). Only what a decision chooses is written here: the Tết break, the
 * day next to 2/9, Giỗ Tổ as the notice dates it, and swaps; the fixed holidays come from {@link holidayRules} and
 * every «made up» day of a notice that follows from the Code's nghỉ bù is derived. For 2007-2009 no notice was found
 * and the entries leave `tet` out: the default break applies, marked provisional. Notice symbols are written as
 * published: the Ministry of Labour's are «TB-LĐTBXH» but for 4606 (2013), 5083 (2014), 1570 (2024) and 6150 (2025), printed
 * «TB-BLĐTBXH».
 *
 * @example
 * ```ts
 * holidayDecisions.find((decision) => decision.year === 2019)?.swaps;
 * // [{ off: "2018-12-31", worked: "2019-01-05", … }, { off: "2019-04-29", worked: "2019-05-04", … }]
 * ```
 */
export const holidayDecisions = [
  { year: 2007, source: noNotice },
  { year: 2008, source: noNotice },
  { year: 2009, source: noNotice },
  {
    year: 2010,
    source: "Notices of 2010 (numbers not found); Công văn 5971/VPCP-KGVX",
    tet: { from: "2010-02-13", to: "2010-02-21" },
    swaps: [
      { off: "2010-02-19", worked: "2010-02-27", name: "holiday.tet" },
      { off: "2010-09-03", worked: "2010-09-11", name: "holiday.nationalDay" },
    ],
  },
  {
    year: 2011,
    source: "Notice of 2011 (number not found; Báo Lạng Sơn)",
    tet: { from: "2011-01-31", to: "2011-02-07" },
    swaps: [
      { off: "2011-01-31", worked: "2011-01-29", name: "holiday.tet" },
      { off: "2011-02-01", worked: "2011-01-30", name: "holiday.tet" },
      { off: "2011-04-11", worked: "2011-04-09", name: "holiday.hungKings" },
    ],
  },
  {
    year: 2012,
    source: "Notice of 2012 (number not found; Báo Bình Định)",
    tet: { from: "2012-01-21", to: "2012-01-29" },
    swaps: [{ off: "2012-01-27", worked: "2012-02-04", name: "holiday.tet" }],
  },
  {
    year: 2013,
    source: "Thông báo 4606/TB-BLĐTBXH; Công văn 9570/VPCP-KGVX",
    tet: { from: "2013-02-09", to: "2013-02-17" },
    swaps: [
      { off: "2012-12-31", worked: "2013-01-05", name: "holiday.newYear" },
      { off: "2013-02-15", worked: "2013-02-23", name: "holiday.tet" },
      { off: "2013-04-29", worked: "2013-05-04", name: "holiday.victoryDay" },
    ],
  },
  {
    year: 2014,
    source: "Thông báo 5083/TB-BLĐTBXH; Công văn 10525/VPCP-KGVX",
    tet: { from: "2014-01-28", to: "2014-02-05" },
    swaps: [
      { off: "2014-01-28", worked: "2014-01-25", name: "holiday.tet" },
      { off: "2014-01-29", worked: "2014-02-08", name: "holiday.tet" },
      { off: "2014-05-02", worked: "2014-04-26", name: "holiday.labourDay" },
      { off: "2014-09-01", worked: "2014-09-06", name: "holiday.nationalDay" },
    ],
  },
  {
    year: 2015,
    source: "Notice of 2015 (number not found); Tờ trình 89/TTr-LĐTBXH",
    tet: { from: "2015-02-15", to: "2015-02-23" },
    swaps: [
      { off: "2015-01-02", worked: "2014-12-27", name: "holiday.newYear" },
      { off: "2015-02-16", worked: "2015-02-14", name: "holiday.tet" },
      { off: "2015-04-29", worked: "2015-04-25", name: "holiday.victoryDay" },
    ],
  },
  {
    year: 2016,
    source: "Thông báo 4659/TB-LĐTBXH",
    tet: { from: "2016-02-06", to: "2016-02-14" },
  },
  {
    year: 2017,
    source: "Notice of 24/11/2016 (number not found); Công văn 9794/VPCP-KGVX",
    tet: { from: "2017-01-26", to: "2017-02-01" },
  },
  {
    year: 2018,
    source: "Thông báo 5427/TB-LĐTBXH; Thông báo 573/TB-VPCP",
    tet: { from: "2018-02-14", to: "2018-02-20" },
  },
  {
    year: 2019,
    source: "Thông báo 3238/TB-LĐTBXH; Công văn 6519/VPCP-KGVX",
    tet: { from: "2019-02-02", to: "2019-02-10" },
    swaps: [
      { off: "2018-12-31", worked: "2019-01-05", name: "holiday.newYear" },
      { off: "2019-04-29", worked: "2019-05-04", name: "holiday.victoryDay" },
    ],
  },
  {
    year: 2020,
    source: "Thông báo 4544/TB-LĐTBXH; Công văn 9087/VPCP-KGVX",
    tet: { from: "2020-01-23", to: "2020-01-29" },
    hungKingsDay: "2020-04-02",
  },
  {
    year: 2021,
    source: "Thông báo 4875/TB-LĐTBXH",
    tet: { from: "2021-02-10", to: "2021-02-16" },
    nationalDayAdjacent: "2021-09-03",
    hungKingsDay: "2021-04-21",
  },
  {
    year: 2022,
    source: "Thông báo 119/TB-LĐTBXH; Công văn 245/VPCP-KGVX",
    tet: { from: "2022-01-29", to: "2022-02-06" },
    nationalDayAdjacent: "2022-09-01",
    hungKingsDay: "2022-04-10",
  },
  {
    year: 2023,
    source: "Thông báo 5034/TB-LĐTBXH; Công văn 8056/VPCP-KGVX",
    tet: { from: "2023-01-20", to: "2023-01-26" },
    nationalDayAdjacent: "2023-09-01",
    hungKingsDay: "2023-04-29",
  },
  {
    year: 2024,
    source: "Thông báo 5015/TB-LĐTBXH; Thông báo 1570/TB-BLĐTBXH; Công văn 2450/VPCP-KGVX",
    tet: { from: "2024-02-08", to: "2024-02-14" },
    nationalDayAdjacent: "2024-09-03",
    hungKingsDay: "2024-04-18",
    swaps: [{ off: "2024-04-29", worked: "2024-05-04", name: "holiday.victoryDay" }],
  },
  {
    year: 2025,
    source: "Thông báo 6150/TB-BLĐTBXH; Công văn 8726/VPCP-KGVX",
    tet: { from: "2025-01-25", to: "2025-02-02" },
    nationalDayAdjacent: "2025-09-01",
    hungKingsDay: "2025-04-07",
    swaps: [{ off: "2025-05-02", worked: "2025-04-26", name: "holiday.labourDay" }],
  },
  {
    year: 2026,
    source: "Thông báo 9441/TB-BNV; Công văn 12729/VPCP-KGVX; Công văn 3383/BNV-CVL",
    tet: { from: "2026-02-14", to: "2026-02-22" },
    nationalDayAdjacent: "2026-09-01",
    hungKingsDay: "2026-04-26",
    swaps: [
      { off: "2026-01-02", worked: "2026-01-10", name: "holiday.newYear" },
      { off: "2026-08-31", worked: "2026-08-22", name: "holiday.nationalDay" },
    ],
  },
] as const satisfies readonly HolidayDecision[];
