import { dayNumberOf } from "../dayNumberOf.ts";
import type { LunarYear } from "./LunarYear.ts";

/** Characters per year in the encoded table: 17 bits in base 32. */
export const lunarYearWidth = 4;

/** Characters before the years: the offset of the first year's Tết from its 1 January, in base 32. */
export const lunarHeaderWidth = 2;

/**
 * Packs consecutive lunar years into the compact string the runtime reads: first the offset of the first year's Tết
 * from 1 January ({@link lunarHeaderWidth} base-32 characters), then 4 base-32 characters a year: bits 0-3 the leap
 * month (0: none), bit 4 + i set when the i-th month of the year (leap month included, in order) has 30 days rather
 * than 29. Each later Tết is where the year before ends, so it is not written; a year that does not begin there is
 * refused.
 *
 * @example
 * ```ts
 * encodeLunarYears(computeLunarYears(7, 1900, 2100)); // "…" (806 characters)
 * ```
 */
export const encodeLunarYears = (years: readonly LunarYear[]): string => {
  const first = years[0];
  if (first === undefined) return "";
  const offset = first.newYear - dayNumberOf(first.year, 1, 1);
  if (offset < 0 || offset >= 32 ** lunarHeaderWidth)
    throw new RangeError(`lunar year ${first.year} cannot be encoded`);
  let next = first.newYear;
  return (
    offset.toString(32).padStart(lunarHeaderWidth, "0") +
    years
      .map(({ year, newYear, leapMonth, monthLengths }) => {
        let lengths = 0;
        monthLengths.forEach((length, i) => {
          if (length === 30) lengths |= 1 << i;
          else if (length !== 29) throw new RangeError(`lunar year ${year}: a month of ${length} days`);
        });
        if (newYear !== next) throw new RangeError(`lunar year ${year} does not begin where the year before ends`);
        if (leapMonth < 0 || leapMonth > 12 || monthLengths.length !== (leapMonth ? 13 : 12)) {
          throw new RangeError(`lunar year ${year} cannot be encoded`);
        }
        next = newYear + monthLengths.reduce((sum, length) => sum + length, 0);
        return (leapMonth | (lengths << 4)).toString(32).padStart(lunarYearWidth, "0");
      })
      .join("")
  );
};
