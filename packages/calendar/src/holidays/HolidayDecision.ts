import type { SourceDocument } from "../SourceDocument.ts";
import type { HolidayName } from "./holidayNames.ts";

/**
 * A working day given off in exchange for a Saturday (or Sunday) worked instead (hoán đổi ngày làm việc), named
 * after the holiday it joins. A swap around 1 January may reach into the next or the previous year (the 2019 notice
 * gave Monday 31/12/2018 off for Saturday 05/01/2019): it is written in the decision of the notice's year.
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
 * notice they come from. Nghỉ bù is not written here: it is derived from the rules. Pass decisions to
 * {@link createHolidayCalendar} to use a notice the SDK does not know yet or a province's own schedule; the last
 * decision given for a year replaces the SDK's. A decision without `tet` records a year whose notice was not found:
 * its Tết break stays the SDK's default and is marked provisional.
 *
 * @example
 * ```ts
 * const decision2027: HolidayDecision = {
 *   year: 2027,
 *   source: "Thông báo …/TB-BNV",
 *   sources: [{ document: "Thông báo …/TB-BNV", issuer: "Bộ Nội vụ", date: "2026-11-20" }],
 *   tet: { from: "2027-02-04", to: "2027-02-10" },
 *   nationalDayAdjacent: "2027-09-03",
 *   swaps: [],
 * };
 * ```
 */
export type HolidayDecision = {
  readonly year: number;
  /** The notice (or notices) the days come from, in one short line: their numbers, e.g. «Thông báo 4606/TB-BLĐTBXH». */
  readonly source: string;
  /**
   * The notices and the government letters behind them (number, issuer, date and, where one exists, address), for a
   * decision of your own; checked when the calendar is built. The SDK's own decisions leave it out: their documents
   * are in `holidayDecisionSources` of `@xhht/calendar/sources`.
   */
  readonly sources?: readonly SourceDocument[] | undefined;
  /**
   * The whole Tết break, first and last day, weekly rest days within it included; left out when no notice for the
   * year was found, and the SDK's default break applies, marked provisional.
   */
  readonly tet?: { readonly from: string; readonly to: string } | undefined;
  /**
   * The second day of Quốc khánh, 1 or 3 September, that the Prime Minister chooses under Bộ luật Lao động 2019,
   * Điều 112.1.đ, in force from 2021. Before 2021 Quốc khánh was one day (Bộ luật Lao động 2012, Điều 115.1.đ;
   * Bộ luật Lao động 1994, Điều 73) and no rule gives a second day: a day off next to it in those years (03/09/2010,
   * 01/09/2014) was a swap, written in `swaps`.
   */
  readonly nationalDayAdjacent?: string | undefined;
  /** Giỗ Tổ as the notice dates it; computed from the lunar calendar when left out. */
  readonly hungKingsDay?: string | undefined;
  readonly swaps?: readonly HolidaySwap[] | undefined;
};
