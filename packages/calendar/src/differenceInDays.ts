import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { toUtcDate } from "./utcDate.ts";

/**
 * The number of calendar days from `earlier` to `later`: negative when `later` comes first, 0 for the same day
 * (date-fns' `differenceInCalendarDays`, which for two civil dates is also its `differenceInDays`).
 * Throws a {@link CalendarError} (`calendar.invalid-date`) when either is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * differenceInDays("2020-10-30", "2020-10-01"); // 29
 * differenceInDays("2021-01-01", "2020-12-31"); // 1
 * differenceInDays("2020-10-01", "2020-10-07"); // -6
 * ```
 */
export const differenceInDays = (later: string, earlier: string): number =>
  differenceInCalendarDays(toUtcDate(later), toUtcDate(earlier));
