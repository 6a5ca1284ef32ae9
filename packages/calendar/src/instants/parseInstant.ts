import { CalendarError } from "../CalendarError.ts";
import { readInstant } from "./readInstant.ts";

/**
 * The instant `value` names, as a new `Date`: a `Date` or an ISO 8601 string with its offset, read by the one
 * grammar of {@link readInstant}. Throws a {@link CalendarError} with the reason's code
 * (`calendar.invalid-instant`, `calendar.ambiguous-instant`, `calendar.date-out-of-range`) otherwise.
 *
 * @example
 * ```ts
 * parseInstant("2020-10-27T09:15:00+07:00").toISOString(); // "2020-10-27T02:15:00.000Z"
 * parseInstant("2020-02-30T08:00+07:00");                   // throws calendar.invalid-instant
 * ```
 */
export const parseInstant = (value: Date | string): Date => {
  const reading = readInstant(value);
  if (!reading.ok) throw new CalendarError(reading.code, reading.message);
  return new Date(reading.epochMs);
};
