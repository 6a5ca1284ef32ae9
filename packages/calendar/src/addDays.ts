import { addDays as addDaysTo } from "date-fns/addDays";
import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { describeValue } from "./describeValue.ts";
import type { IsoDate } from "./IsoDate.ts";
import { fromUtcDate, toUtcDate } from "./utcDate.ts";

/**
 * The civil date `amount` calendar days after `date` (before it when `amount` is negative): date-fns' `addDays`, on
 * the date in UTC. Calendar days, not working days: weekends and holidays count.
 * Throws a {@link CalendarError} when `date` is not a real `YYYY-MM-DD` date (`calendar.invalid-date`), when
 * `amount` is not an integer (`calendar.invalid-day-count`) or when the result leaves 0001-01-01 … 9999-12-31
 * (`calendar.date-out-of-range`).
 *
 * @example
 * ```ts
 * addDays("2020-10-01", 6);  // "2020-10-07"
 * addDays("2024-03-01", -1); // "2024-02-29"
 * ```
 */
export const addDays = (date: string, amount: number): IsoDate => {
  const start = toUtcDate(date);
  if (!Number.isSafeInteger(amount)) {
    throw new CalendarError(
      calendarErrorCodes.invalidDayCount,
      `${describeValue(amount)} is not a number of days: pass a whole number, e.g. addDays("${date}", 7)`,
    );
  }
  const result = fromUtcDate(addDaysTo(start, amount));
  if (result === undefined) {
    throw new CalendarError(
      calendarErrorCodes.dateOutOfRange,
      `${date} plus ${amount} days falls outside 0001-01-01 … 9999-12-31: keep the result within those years`,
    );
  }
  return result;
};
