import { dayNumberOf } from "../dayNumberOf.ts";
import type { LunarYear } from "./LunarYear.ts";

/** Characters per year in the encoded table: 23 bits in base 32. */
export const lunarYearWidth = 5;

/**
 * Packs consecutive lunar years into the compact string the runtime reads, 5 base-32 characters a
 * year: bits 0-5 the offset of Tết from 1 January, bits 6-9 the leap month (0: none), bit 10 + i set
 * when the i-th month of the year (leap month included, in order) has 30 days rather than 29.
 *
 * @example
 * ```ts
 * encodeLunarYears(computeLunarYears(7, 1900, 2100)); // "…" (1005 characters)
 * ```
 */
export const encodeLunarYears = (years: readonly LunarYear[]): string =>
  years
    .map(({ year, newYear, leapMonth, monthLengths }) => {
      const offset = newYear - dayNumberOf(year, 1, 1);
      let lengths = 0;
      monthLengths.forEach((length, i) => {
        if (length === 30) lengths |= 1 << i;
        else if (length !== 29) throw new RangeError(`lunar year ${year}: a month of ${length} days`);
      });
      if (offset < 0 || offset > 63 || monthLengths.length !== (leapMonth ? 13 : 12)) {
        throw new RangeError(`lunar year ${year} cannot be encoded`);
      }
      return (offset | (leapMonth << 6) | (lengths << 10)).toString(32).padStart(lunarYearWidth, "0");
    })
    .join("");
