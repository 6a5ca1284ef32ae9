import { readInstant } from "./readInstant.ts";

/**
 * Whether `value` is a string the SDK reads as an instant ({@link readInstant}): an ISO 8601 date and time with its
 * offset, a real date and time, in years the calendar covers.
 *
 * @example
 * ```ts
 * isInstant("2020-10-27T09:15:00+07:00"); // true
 * isInstant("2020-10-27T09:15:00");       // false: no offset
 * isInstant("0000-01-01T00:00:00Z");      // false: there is no year 0
 * ```
 */
export const isInstant = (value: unknown): value is string => typeof value === "string" && readInstant(value).ok;
