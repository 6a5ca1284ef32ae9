import { toDayNumber } from "../toDayNumber.ts";
import { lunarHeaderWidth, lunarYearWidth } from "./encodeLunarYears.ts";
import type { LunarYear } from "./LunarYear.ts";

/**
 * Unpacks the string of {@link encodeLunarYears} into lunar years, the first being `firstYear` (a 4-digit year): each
 * Tết after the first is where the year before ends.
 *
 * @example
 * ```ts
 * decodeLunarYears(lunarYearsUtc7, 1900)[85]?.leapMonth; // 2 (lunar year 1985)
 * ```
 */
export const decodeLunarYears = (encoded: string, firstYear: number): LunarYear[] => {
  const years: LunarYear[] = [];
  let newYear = toDayNumber(`${firstYear}-01-01`) + Number.parseInt(encoded.slice(0, lunarHeaderWidth), 32);
  for (let at = lunarHeaderWidth; at < encoded.length; at += lunarYearWidth) {
    const bits = Number.parseInt(encoded.slice(at, at + lunarYearWidth), 32);
    const leapMonth = bits & 15;
    const monthLengths: number[] = [];
    for (let m = 0; m < (leapMonth ? 13 : 12); m++) monthLengths.push((bits >> (4 + m)) & 1 ? 30 : 29);
    years.push({ year: firstYear + years.length, newYear, leapMonth, monthLengths });
    for (const length of monthLengths) newYear += length;
  }
  return years;
};
