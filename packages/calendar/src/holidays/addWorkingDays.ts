import type { IsoDate } from "../IsoDate.ts";
import { defaultHolidayCalendar } from "./defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "./HolidayCalendar.ts";

/**
 * The `amount`-th working day after `date` (before it when `amount` is negative), `date` itself not counted, as
 * the Civil Code counts a period from the day after its start (Điều 147): the result is always a working day.
 * `amount` 0 returns `date` unchanged, a working day or not (use {@link workingDayOnOrAfter} to roll it).
 * {@link workingDaysBetween} undoes it: `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `d` and `n`.
 * Throws a {@link CalendarError} when `date` is not a real date (`calendar.invalid-date`), `amount` is not an
 * integer (`calendar.invalid-day-count`) or the result leaves {@link holidayYearRange}.
 *
 * @example
 * ```ts
 * addWorkingDays("2020-10-01", 5);  // "2020-10-08": Thursday + 5 working days, over a weekend
 * addWorkingDays("2024-04-26", 1);  // "2024-05-02"
 * addWorkingDays("2022-01-04", -1); // "2021-12-31": 1 January (Saturday) and its nghỉ bù 3 January skipped
 * ```
 */
export const addWorkingDays = (date: string, amount: number, options?: HolidayCalendarOptions): IsoDate =>
  defaultHolidayCalendar(options, "addWorkingDays").addWorkingDays(date, amount);
