import { defaultHolidayCalendar } from "./defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "./HolidayCalendar.ts";
import type { PublicHoliday } from "./PublicHoliday.ts";

/**
 * The civil service's days off in `year`, sorted by date, one entry per date, each with its layer (`kind`), the
 * holiday it belongs to (`name`, a message key), its `source` and whether it is `provisional`:
 *
 * - `statutory`: 1/1, 30/4, 1/5, 2/9, Giỗ Tổ (and 24/11 from 2026 when enabled, `unconfirmed: true`), listed even when they fall
 *   on a Saturday or Sunday, since the nghỉ bù that follows names them;
 * - `decreed`: every day of the Tết break the decision announces, its Saturdays and Sundays included (the notices
 *   give the whole break), the day next to 2/9 (from 2021) and swapped days off, with the notice in `source`;
 * - `compensatory`: nghỉ bù, derived.
 *
 * Ordinary weekends are not listed. For a year without a government decision (after 2026, unless given in
 * `options.calendar`), or whose notice was not found (2007-2009: the Code's days, no swap), the Tết break and the
 * day next to 2/9 come from the SDK's defaults, which reproduce
 * the decisions of 2020-2026: the break is the first five weekdays from the second day
 * before Tết (under the 1994 Code, until Tết 2013: four weekdays from the day before) with the weekends around them;
 * the day next to 2/9 is 3/9 when 2/9 is a Thursday, Sunday or Monday, else 1/9. Those days, and the nghỉ bù of a
 * year without any decision, are then `provisional: true`; the fixed statutory days never are.
 * Throws a {@link CalendarError} `calendar.holiday-year-out-of-range` for a year outside {@link holidayYearRange}.
 *
 * @example
 * ```ts
 * publicHolidays(2022).filter((day) => day.kind === "compensatory").map((day) => day.date);
 * // ["2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03"]
 * publicHolidays(2020).filter((day) => day.name === "holiday.nationalDay").length; // 1 (Labour Code 2012)
 * publicHolidays(2021).filter((day) => day.name === "holiday.nationalDay").length; // 2 (Labour Code 2019)
 * publicHolidays(2008).filter((day) => day.name === "holiday.tet").length; // 6: Wed 06/02 - Mon 11/02 (4 weekdays)
 * publicHolidays(2019).find((day) => day.date === "2019-04-29")?.kind; // "decreed": swapped for Saturday 04/05
 * ```
 */
export const publicHolidays = (year: number, options?: HolidayCalendarOptions): readonly PublicHoliday[] =>
  defaultHolidayCalendar(options, "publicHolidays").publicHolidays(year);
