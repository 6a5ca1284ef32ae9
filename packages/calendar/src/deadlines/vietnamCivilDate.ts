import { CalendarError } from "../CalendarError.ts";
import type { IsoDate } from "../IsoDate.ts";
import { readInstant } from "../instants/readInstant.ts";

/**
 * The civil date in Vietnam (`Asia/Ho_Chi_Minh`, UTC+7, no daylight saving) of an instant: a `Date`, or an ISO 8601
 * string with a date, a time and an offset («Z», «+07:00», «-05:00»), read by {@link readInstant}. The arithmetic
 * is on the UTC instant plus seven hours, exact and independent of the host's time zone.
 * Throws a {@link CalendarError} `calendar.ambiguous-instant` for a string without an offset (its moment would
 * depend on the host's zone: add «+07:00» or «Z»), `calendar.invalid-instant` for an invalid `Date` or a string that
 * is not an instant, and `calendar.date-out-of-range` outside years 1-9999. Use {@link readInstant} to get the
 * reason without an exception.
 *
 * @example
 * ```ts
 * vietnamCivilDate("2020-10-29T23:30:00Z");      // "2020-10-30": 06:30 in Hà Nội
 * vietnamCivilDate("2020-10-30T16:59:59Z");      // "2020-10-30": 23:59:59 in Hà Nội
 * vietnamCivilDate(new Date("2020-10-30T17:00:00Z")); // "2020-10-31"
 * vietnamCivilDate("2020-10-30T17:00:00");       // throws calendar.ambiguous-instant
 * ```
 */
export const vietnamCivilDate = (instant: Date | string): IsoDate => {
  const reading = readInstant(instant);
  if (!reading.ok) throw new CalendarError(reading.code, reading.message);
  return reading.civilDate;
};
