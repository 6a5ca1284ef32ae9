import type { IsoDate } from "../IsoDate.ts";
import { fromLunar } from "./fromLunar.ts";
import type { LunarOptions } from "./LunarOptions.ts";

/**
 * Giỗ Tổ Hùng Vương of `year`: the civil date of day 10 of month 3 (never the leap month 3) of the lunar
 * year that begins in that Gregorian year, a public holiday (Bộ luật Lao động 2019, Điều 112). At UTC+7
 * unless `{ offsetHours: 8 }`. Years 1900-2100; throws a {@link CalendarError}
 * `calendar.lunar-out-of-range` otherwise.
 *
 * @example
 * ```ts
 * hungKingsDay(2026); // "2026-04-26"
 * hungKingsDay(2050); // "2050-04-01"
 * ```
 */
export const hungKingsDay = (year: number, options?: LunarOptions): IsoDate =>
  fromLunar({ year, month: 3, day: 10, leap: false }, options);
