import type { HolidayName } from "./holidayNames.ts";

/**
 * A working day given off in exchange for a Saturday (or Sunday) worked instead (hoán đổi ngày làm việc), named
 * after the holiday it joins.
 *
 * @example
 * ```ts
 * const swap2025: HolidaySwap = { off: "2025-05-02", worked: "2025-04-26", name: "holiday.labourDay" };
 * ```
 */
export type HolidaySwap = {
  /** The working day given off. */
  readonly off: string;
  /** The weekly rest day worked instead. */
  readonly worked: string;
  readonly name: HolidayName;
};

/**
 * One year's government decision on the days off of the civil service: the whole Tết break (its weekly rest days
 * included), the day that joins 2 September (from 2021), Giỗ Tổ as the notice dates it, and swapped days, with the
 * number of the notice. Nghỉ bù is not written here: it is derived from the rules. Pass decisions to
 * {@link createHolidayCalendar} to use a notice the SDK does not know yet or a province's own schedule; the last
 * decision given for a year replaces the SDK's.
 *
 * @example
 * ```ts
 * const decision2027: HolidayDecision = {
 *   year: 2027,
 *   source: "Thông báo …/TB-BNV",
 *   tet: { from: "2027-02-04", to: "2027-02-10" },
 *   nationalDayAdjacent: "2027-09-03",
 *   swaps: [],
 * };
 * ```
 */
export type HolidayDecision = {
  readonly year: number;
  /** The notice (or notices) the days come from. */
  readonly source: string;
  /** The whole Tết break, first and last day, weekly rest days within it included. */
  readonly tet: { readonly from: string; readonly to: string };
  /** The day off next to 2 September (1 or 3 September); from 2021 only. */
  readonly nationalDayAdjacent?: string | undefined;
  /** Giỗ Tổ as the notice dates it; computed from the lunar calendar when left out. */
  readonly hungKingsDay?: string | undefined;
  readonly swaps?: readonly HolidaySwap[] | undefined;
};
