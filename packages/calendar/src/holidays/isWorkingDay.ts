import { defaultHolidayCalendar } from "./defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "./HolidayCalendar.ts";

/**
 * Whether the civil service works on `date`: a Monday to Friday that is not a day off of {@link publicHolidays},
 * or a Saturday (Sunday) worked instead of a swapped day ({@link makeUpWorkingDays}). After the first call for a
 * year it is an array lookup.
 * Throws a {@link CalendarError} when `date` is not a real `YYYY-MM-DD` date (`calendar.invalid-date`) or its year is
 * outside {@link holidayYearRange} (`calendar.holiday-year-out-of-range`).
 *
 * @example
 * ```ts
 * isWorkingDay("2020-10-01"); // true
 * isWorkingDay("2022-01-03"); // false: nghỉ bù for Saturday 1 January
 * isWorkingDay("2024-05-04"); // true: a Saturday worked instead of Monday 29 April
 * ```
 */
export const isWorkingDay = (date: string, options?: HolidayCalendarOptions): boolean =>
  defaultHolidayCalendar(options, "isWorkingDay").isWorkingDay(date);
