import type { IsoDate } from "../IsoDate.ts";
import { fromLunar } from "./fromLunar.ts";
import type { LunarOptions } from "./LunarOptions.ts";

/**
 * Tết Nguyên đán of `year`: the civil date of day 1 of month 1 of the lunar year that begins in that
 * Gregorian year, at UTC+7 unless `{ offsetHours: 8 }` (the Chinese new year). Years 1900-2100; throws a
 * {@link CalendarError} `calendar.lunar-out-of-range` otherwise.
 *
 * @example
 * ```ts
 * lunarNewYear(2026); // "2026-02-17"
 * lunarNewYear(2030); // "2030-02-02" (the Chinese new year is "2030-02-03")
 * ```
 */
export const lunarNewYear = (year: number, options?: LunarOptions): IsoDate =>
  fromLunar({ year, month: 1, day: 1, leap: false }, options);
