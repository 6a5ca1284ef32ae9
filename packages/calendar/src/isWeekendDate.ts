import { isWeekend } from "date-fns/isWeekend";
import { toUtcDate } from "./utcDate.ts";

/**
 * Whether the civil date `date` is a Saturday or a Sunday, the weekly rest days of the civil service: date-fns'
 * `isWeekend` on the date in UTC. Throws as {@link toUtcDate} (`calendar.invalid-date`).
 *
 * @example
 * ```ts
 * isWeekendDate("2020-10-03"); // true (Saturday)
 * isWeekendDate("2020-10-05"); // false (Monday)
 * ```
 */
export const isWeekendDate = (date: string): boolean => isWeekend(toUtcDate(date));
