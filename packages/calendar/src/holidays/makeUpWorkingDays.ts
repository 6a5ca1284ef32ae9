import { defaultHolidayCalendar } from "./defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "./HolidayCalendar.ts";
import type { MakeUpWorkingDay } from "./PublicHoliday.ts";

/**
 * The Saturdays (or Sundays) worked in `year` in exchange for a swapped day off (ngày làm bù), sorted by date.
 * {@link isWorkingDay} counts them as working days. Empty for a year without a decision.
 * Throws a {@link CalendarError} `calendar.holiday-year-out-of-range` for a year outside {@link holidayYearRange}.
 *
 * @example
 * ```ts
 * makeUpWorkingDays(2026).map((day) => day.date); // ["2026-01-10", "2026-08-22"]
 * makeUpWorkingDays(2024)[0]?.replaces;            // "2024-04-29"
 * ```
 */
export const makeUpWorkingDays = (year: number, options?: HolidayCalendarOptions): readonly MakeUpWorkingDay[] =>
  defaultHolidayCalendar(options, "makeUpWorkingDays").makeUpWorkingDays(year);
