import { UTCDateMini } from "@date-fns/utc/date/mini";
import { eachDayOfInterval } from "date-fns/eachDayOfInterval";
import { formatISO } from "date-fns/formatISO";
import type { IsoDate } from "./IsoDate.ts";
import { isWholeIn } from "./isWholeIn.ts";
import { parseIsoDate } from "./parseIsoDate.ts";

/**
 * A civil date as the date date-fns computes with (a `Date`): 00:00 UTC of that day in a `UTCDateMini` (`@date-fns/utc`),
 * whose local getters and setters are the UTC ones, so no date-fns function ever meets the host's time zone.
 * Parsed from the `YYYY-MM-DD` text (a date-only ISO string is UTC in every engine), never from `Date.UTC(y, m, d)`,
 * which reads years 0-99 as 1900-1999. Throws as {@link parseIsoDate} (`calendar.invalid-date`).
 *
 * @example
 * ```ts
 * toUtcDate("2020-10-01").getTime(); // 1601510400000
 * toUtcDate("0020-01-01").getFullYear(); // 20
 * ```
 */
export const toUtcDate = (date: string): Date => new UTCDateMini(parseIsoDate(date));

/**
 * The civil date of a date-fns result on a {@link toUtcDate} date (a `UTCDateMini`, whose getters are UTC ones) as
 * `YYYY-MM-DD` (date-fns' `formatISO`), or `undefined` when it falls outside
 * years 1-9999 or is an invalid date (date arithmetic that overflowed).
 *
 * @example
 * ```ts
 * fromUtcDate(toUtcDate("2020-10-01")); // "2020-10-01"
 * fromUtcDate(new UTCDateMini(Number.NaN)); // undefined
 * ```
 */
export const fromUtcDate = (date: Date): IsoDate | undefined =>
  isWholeIn(date.getFullYear(), 1, 9999) ? (formatISO(date, { representation: "date" }) as IsoDate) : undefined;

/**
 * Every civil date from `start` to `end`, both included (date-fns' `eachDayOfInterval`); empty when `end` comes first.
 * Both must be real `YYYY-MM-DD` dates (throws as {@link parseIsoDate}).
 *
 * @example
 * ```ts
 * eachDate("2020-10-01", "2020-10-03"); // ["2020-10-01", "2020-10-02", "2020-10-03"]
 * ```
 */
export const eachDate = (start: string, end: string): IsoDate[] =>
  end < start
    ? []
    : eachDayOfInterval({ start: toUtcDate(start), end: toUtcDate(end) }).map((day) => fromUtcDate(day) as IsoDate);
