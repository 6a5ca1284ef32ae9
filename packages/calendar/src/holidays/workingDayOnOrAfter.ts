import type { IsoDate } from "../IsoDate.ts";
import { defaultHolidayCalendar } from "./defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "./HolidayCalendar.ts";

/**
 * `date` itself when it is a working day, otherwise the first working day after it: how a period's last day rolls
 * over a weekend or holiday (Bộ luật Dân sự 2015, Điều 148.5).
 * Throws a {@link CalendarError} when `date` is not a real date or the search leaves {@link holidayYearRange}.
 *
 * @example
 * ```ts
 * workingDayOnOrAfter("2020-10-01"); // "2020-10-01"
 * workingDayOnOrAfter("2020-10-03"); // "2020-10-05": Saturday rolls to Monday
 * workingDayOnOrAfter("2025-01-25"); // "2025-02-03": the Tết break ends on Sunday 2 February
 * ```
 */
export const workingDayOnOrAfter = (date: string, options?: HolidayCalendarOptions): IsoDate =>
  defaultHolidayCalendar(options, "workingDayOnOrAfter").workingDayOnOrAfter(date);
