import { hungKingsDay } from "../lunar/hungKingsDay.ts";
import { lunarNewYear } from "../lunar/lunarNewYear.ts";
import { buildHolidayCalendar } from "./buildHolidayCalendar.ts";
import type { CreateHolidayCalendarOptions, HolidayCalendar } from "./HolidayCalendar.ts";

const lunar = {
  lunarNewYear: (year: number) => lunarNewYear(year),
  hungKingsDay: (year: number) => hungKingsDay(year),
};

/**
 * A calendar of the civil service's days off and working days, from three layers kept apart: the statutory rules
 * of the Labour Code, effective-dated ({@link holidayRules}); each year's government decision (the Tết break, the
 * day next to 2/9, swaps: the SDK's {@link holidayDecisions} for 2007-2026, then `options.decisions`); and the nghỉ
 * bù derived from both (Điều 111.3: a holiday on a Saturday or Sunday gives the next working day off).
 * A year without a decision falls back to the rules, with provisional defaults for what a decision would choose.
 *
 * Each year is computed once, on first use, and cached in the calendar: create one calendar and reuse it.
 * Throws a {@link CalendarError} `calendar.invalid-holiday-decision` when a decision in `options.decisions` has
 * impossible dates (a Tết break outside its year, a day next to 2/9 other than 1 or 3 September, a swap of a weekend
 * day off or a weekday worked, or of a day beyond the year and the month across 1 January) or sources without a
 * document and an issuer.
 *
 * @example
 * ```ts
 * const calendar = createHolidayCalendar({
 *   decisions: [{ year: 2027, source: "Thông báo …/TB-BNV", tet: { from: "2027-02-04", to: "2027-02-10" } }],
 * });
 * calendar.isWorkingDay("2027-02-04"); // false
 * createHolidayCalendar({ enable: ["culture-day-24-11"] }).isWorkingDay("2026-11-24"); // false: 24/11 switched on
 * ```
 */
export const createHolidayCalendar = (options: CreateHolidayCalendarOptions = {}): HolidayCalendar =>
  buildHolidayCalendar(lunar, options);
