import { defaultHolidayCalendar } from "./defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "./HolidayCalendar.ts";

/**
 * The number of working days stepped on going from `from` to `to`: `from` excluded, `to` included, so the working
 * days in (from, to] when `to` is later; when `to` is earlier, minus the working days in [to, from). 0 when the two
 * are the same day. The count {@link addWorkingDays} moves by: `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 * Throws a {@link CalendarError} when either is not a real date or a day between them is outside
 * {@link holidayYearRange}.
 *
 * @example
 * ```ts
 * workingDaysBetween("2020-10-01", "2020-10-08"); // 5
 * workingDaysBetween("2020-10-08", "2020-10-01"); // -5
 * workingDaysBetween("2020-10-02", "2020-10-04"); // 0: Saturday and Sunday
 * ```
 */
export const workingDaysBetween = (from: string, to: string, options?: HolidayCalendarOptions): number =>
  defaultHolidayCalendar(options, "workingDaysBetween").workingDaysBetween(from, to);
