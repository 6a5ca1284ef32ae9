import { UTCDateMini } from "@date-fns/utc/date/mini";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { describeValue } from "./describeValue.ts";
import { isWholeIn } from "./isWholeIn.ts";

/**
 * The number of days in `month` (1-12) of `year` (1-9999) in the Gregorian calendar: date-fns' `getDaysInMonth` on
 * that month in UTC. Throws a {@link CalendarError}
 * for a month that does not exist (`calendar.invalid-date`) or a year outside 1-9999 (`calendar.invalid-year`).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2025, 2); // 28
 * daysInMonth(2020, 13); // throws calendar.invalid-date
 * ```
 */
export const daysInMonth = (year: number, month: number): number => {
  if (!isWholeIn(year, 1, 9999)) {
    throw new CalendarError(
      calendarErrorCodes.invalidYear,
      `${describeValue(year)} is not a year: pass a whole year from 1 to 9999, e.g. daysInMonth(2020, 2)`,
    );
  }
  if (!isWholeIn(month, 1, 12)) {
    throw new CalendarError(
      calendarErrorCodes.invalidDate,
      `${describeValue(month)} is not a month: pass a whole month from 1 to 12, e.g. daysInMonth(2020, 2)`,
    );
  }
  const first = new UTCDateMini(0);
  first.setFullYear(year, month - 1, 1);
  return getDaysInMonth(first);
};
