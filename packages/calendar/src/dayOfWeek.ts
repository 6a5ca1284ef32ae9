import { getDay } from "date-fns/getDay";
import { toUtcDate } from "./utcDate.ts";

/**
 * The day of the week of `date`: 0 for Sunday, 1 for Monday … 6 for Saturday, the numbering of
 * `Date.prototype.getUTCDay` and date-fns' `getDay`. ISO 8601 numbers the same days Monday = 1 … Sunday = 7; for the ISO number write
 * `dayOfWeek(date) || 7`. Computed from the date alone, never from the host's time zone.
 * Throws a {@link CalendarError} (`calendar.invalid-date`) when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * dayOfWeek("2020-10-01"); // 4 (Thursday)
 * dayOfWeek("2023-10-01"); // 0 (Sunday)
 * ```
 */
export const dayOfWeek = (date: string): number => getDay(toUtcDate(date));
