import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import { readFields } from "../readFields.ts";
import { lunarYearsUtc7 } from "./data/lunarYearsUtc7.ts";
import { lunarYearsUtc8 } from "./data/lunarYearsUtc8.ts";
import { decodeLunarYears } from "./decodeLunarYears.ts";
import type { LunarOptions } from "./LunarOptions.ts";
import { lunarYearRange } from "./lunarYearRange.ts";

/**
 * The month starts of one reckoning, decoded once from the generated table and then searched.
 * Month `i` runs from day number `starts[i]` to `starts[i + 1] - 1`; `labels[i]` packs its year
 * (from `lunarYearRange.first`) × 32 + number × 2 + leap; `firstMonth[y]` is the index of month 1 of year `y`
 * (from `lunarYearRange.first`), and `firstMonth[years]` the index just past the last month.
 */
export type LunarTable = {
  readonly offsetHours: 7 | 8;
  readonly starts: Int32Array;
  readonly labels: Int32Array;
  readonly firstMonth: Int32Array;
  readonly leapMonths: Uint8Array;
};

const build = (offsetHours: 7 | 8, encoded: string): LunarTable => {
  const years = decodeLunarYears(encoded, lunarYearRange.first);
  const count = years.reduce((sum, year) => sum + year.monthLengths.length, 0);
  const starts = new Int32Array(count + 1);
  const labels = new Int32Array(count);
  const firstMonth = new Int32Array(years.length + 1);
  const leapMonths = new Uint8Array(years.length);
  let i = 0;
  years.forEach(({ newYear, leapMonth, monthLengths }, y) => {
    firstMonth[y] = i;
    leapMonths[y] = leapMonth;
    let start = newYear;
    let month = 0;
    monthLengths.forEach((length, m) => {
      const leap = leapMonth !== 0 && m === leapMonth;
      if (!leap) month++;
      starts[i] = start;
      labels[i] = y * 32 + month * 2 + (leap ? 1 : 0);
      start += length;
      i++;
    });
    starts[i] = start;
  });
  firstMonth[years.length] = i;
  return { offsetHours, starts, labels, firstMonth, leapMonths };
};

const cache: { 7?: LunarTable; 8?: LunarTable } = {};

/**
 * The decoded table for `options.offsetHours` (7 by default), built on first use and kept. Throws a
 * `calendar.invalid-lunar-options` error for any other offset.
 *
 * @example
 * ```ts
 * lunarTable().starts[0]; // -25537: 1900-01-31, Tết of lunar year 1900
 * ```
 */
export const lunarTable = (options?: LunarOptions): LunarTable => {
  const offsetHours =
    readFields(options, ["offsetHours"], calendarErrorCodes.invalidLunarOptions, "the lunar options", true)
      .offsetHours ?? 7;
  if (offsetHours === 7 || offsetHours === 8) {
    cache[offsetHours] ??= build(offsetHours, offsetHours === 7 ? lunarYearsUtc7 : lunarYearsUtc8);
    return cache[offsetHours];
  }
  throw new CalendarError(
    calendarErrorCodes.invalidLunarOptions,
    `offsetHours ${describeValue(offsetHours)} is not a lunar calendar reckoning: give 7 (Vietnam, the default) or 8 (the Chinese calendar, used in North Vietnam before 1968)`,
  );
};
