import type { HolidayDecision } from "../HolidayDecision.ts";

/**
 * Each year's government decision on the civil service's days off, 2020-2026, from the yearly notices of the
 * Ministry of Labour (to 2025) and the Ministry of Home Affairs (from 2026), each cited in its entry. Only what a
 * decision chooses is written here: the Tết break, the day next to 2/9, Giỗ Tổ as the notice dates it, and swaps;
 * the fixed holidays come from {@link holidayRules} and every «made up» day of a notice that follows from
 * Điều 111.3 is derived as nghỉ bù.
 *
 * @example
 * ```ts
 * holidayDecisions.find((decision) => decision.year === 2024)?.swaps;
 * // [{ off: "2024-04-29", worked: "2024-05-04", name: "holiday.victoryDay" }]
 * ```
 */
export const holidayDecisions = [
  {
    year: 2020,
    source:
      "Thông báo nghỉ lễ, Tết năm 2020 của Bộ Lao động - Thương binh và Xã hội, as reported by the press that year (number not recorded)",
    tet: { from: "2020-01-23", to: "2020-01-29" },
    hungKingsDay: "2020-04-02",
  },
  {
    year: 2021,
    source: "Thông báo 4875/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội",
    tet: { from: "2021-02-10", to: "2021-02-16" },
    nationalDayAdjacent: "2021-09-03",
    hungKingsDay: "2021-04-21",
  },
  {
    year: 2022,
    source: "Thông báo 119/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội",
    tet: { from: "2022-01-29", to: "2022-02-06" },
    nationalDayAdjacent: "2022-09-01",
    hungKingsDay: "2022-04-10",
  },
  {
    year: 2023,
    source: "Thông báo 5034/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội",
    tet: { from: "2023-01-20", to: "2023-01-26" },
    nationalDayAdjacent: "2023-09-01",
    hungKingsDay: "2023-04-29",
  },
  {
    year: 2024,
    source: "Thông báo 5015/TB-LĐTBXH and Thông báo 1570/TB-LĐTBXH của Bộ Lao động - Thương binh và Xã hội",
    tet: { from: "2024-02-08", to: "2024-02-14" },
    nationalDayAdjacent: "2024-09-03",
    hungKingsDay: "2024-04-18",
    swaps: [{ off: "2024-04-29", worked: "2024-05-04", name: "holiday.victoryDay" }],
  },
  {
    year: 2025,
    source: "Thông báo 6150/TB-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội",
    tet: { from: "2025-01-25", to: "2025-02-02" },
    nationalDayAdjacent: "2025-09-01",
    hungKingsDay: "2025-04-07",
    swaps: [{ off: "2025-05-02", worked: "2025-04-26", name: "holiday.labourDay" }],
  },
  {
    year: 2026,
    source:
      "Thông báo 9441/TB-BNV của Bộ Nội vụ; Công văn 12729/VPCP-KGVX của Văn phòng Chính phủ; Công văn 3383/BNV-CVL của Bộ Nội vụ",
    tet: { from: "2026-02-14", to: "2026-02-22" },
    nationalDayAdjacent: "2026-09-01",
    hungKingsDay: "2026-04-26",
    swaps: [
      { off: "2026-01-02", worked: "2026-01-10", name: "holiday.newYear" },
      { off: "2026-08-31", worked: "2026-08-22", name: "holiday.nationalDay" },
    ],
  },
] as const satisfies readonly HolidayDecision[];
