import type { IsoDate } from "../IsoDate.ts";
import { defaultHolidayCalendar } from "./defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "./HolidayCalendar.ts";

/**
 * The first working day strictly after `date`, whether `date` itself is a working day or not; the same as
 * `addWorkingDays(date, 1)`. For the first working day on or after `date` (a last day that rolls over a weekend),
 * see {@link workingDayOnOrAfter}.
 * Throws a {@link CalendarError} when `date` is not a real date or the search leaves {@link holidayYearRange}.
 *
 * @example
 * ```ts
 * nextWorkingDay("2020-10-01"); // "2020-10-02"
 * nextWorkingDay("2024-04-26"); // "2024-05-02": Friday, then 27-28/4 weekend, 29/4 swapped, 30/4 and 1/5 holidays
 * ```
 */
export const nextWorkingDay = (date: string, options?: HolidayCalendarOptions): IsoDate =>
  defaultHolidayCalendar(options, "nextWorkingDay").nextWorkingDay(date);
