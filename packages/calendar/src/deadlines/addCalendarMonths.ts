import { addMonths } from "date-fns/addMonths";
import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import type { IsoDate } from "../IsoDate.ts";
import { fromUtcDate, toUtcDate } from "../utcDate.ts";

/**
 * The same day number `months` months after `date` (before it when negative), or the last day of that month when
 * it has no such day, as a period in months ends (Bộ luật Dân sự 2015, Điều 148.2): 31 January plus one month is
 * 28 or 29 February. That clamp is date-fns' `addMonths`, which this is, on the date in UTC.
 * Throws a {@link CalendarError} when `date` is not a real date (`calendar.invalid-date`), `months` is not an integer
 * (`calendar.invalid-day-count`) or the result leaves years 1-9999 (`calendar.date-out-of-range`).
 *
 * @example
 * ```ts
 * addCalendarMonths("2021-01-31", 1);  // "2021-02-28"
 * addCalendarMonths("2024-01-31", 1);  // "2024-02-29"
 * addCalendarMonths("2024-02-29", 12); // "2025-02-28"
 * ```
 */
export const addCalendarMonths = (date: string, months: number): IsoDate => {
  const start = toUtcDate(date);
  if (!Number.isSafeInteger(months)) {
    throw new CalendarError(
      calendarErrorCodes.invalidDayCount,
      `${describeValue(months)} is not a number of months: pass a whole number, e.g. addCalendarMonths("${date}", 1)`,
    );
  }
  const result = fromUtcDate(addMonths(start, months));
  if (result === undefined) {
    throw new CalendarError(
      calendarErrorCodes.dateOutOfRange,
      `${date} plus ${months} months falls outside 0001-01-01 … 9999-12-31: keep the result within those years`,
    );
  }
  return result;
};
