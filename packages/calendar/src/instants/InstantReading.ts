import type { CalendarErrorCode } from "../calendarErrorCodes.ts";
import type { IsoDate } from "../IsoDate.ts";

/**
 * What {@link readInstant} makes of a value: the moment (milliseconds since 1970-01-01T00:00:00Z) and its civil date
 * in Vietnam, or why it is not an instant the SDK can use, as a {@link CalendarErrorCode} and an English sentence.
 *
 * @example
 * ```ts
 * const reading: InstantReading = readInstant("2020-10-27T09:15:00+07:00");
 * if (reading.ok) reading.civilDate; // "2020-10-27"
 * ```
 */
export type InstantReading =
  | { readonly ok: true; readonly epochMs: number; readonly civilDate: IsoDate }
  | { readonly ok: false; readonly code: CalendarErrorCode; readonly message: string };
