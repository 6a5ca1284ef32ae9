import { dayNumberOf } from "../dayNumberOf.ts";
import { lunarYearWidth } from "./encodeLunarYears.ts";
import type { LunarYear } from "./LunarYear.ts";

/**
 * Unpacks the string of {@link encodeLunarYears} into lunar years, the first being `firstYear`.
 *
 * @example
 * ```ts
 * decodeLunarYears(lunarYearsUtc7, 1900)[85]?.leapMonth; // 2 (lunar year 1985)
 * ```
 */
export const decodeLunarYears = (encoded: string, firstYear: number): LunarYear[] => {
  const years: LunarYear[] = [];
  for (let i = 0; i * lunarYearWidth < encoded.length; i++) {
    const bits = Number.parseInt(encoded.slice(i * lunarYearWidth, (i + 1) * lunarYearWidth), 32);
    const year = firstYear + i;
    const leapMonth = (bits >> 6) & 15;
    const monthLengths: number[] = [];
    for (let m = 0; m < (leapMonth ? 13 : 12); m++) monthLengths.push((bits >> (10 + m)) & 1 ? 30 : 29);
    years.push({
      year,
      newYear: dayNumberOf(year, 1, 1) + (bits & 63),
      leapMonth,
      monthLengths,
    });
  }
  return years;
};
