import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import { readFields } from "../readFields.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { lunarYearsUtc7 } from "./data/lunarYearsUtc7.ts";
import { lunarYearsUtc8 } from "./data/lunarYearsUtc8.ts";
import { lunarHeaderWidth, lunarYearWidth } from "./encodeLunarYears.ts";
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
  readonly starts: readonly number[];
  readonly labels: readonly number[];
  readonly firstMonth: readonly number[];
  readonly leapMonths: readonly number[];
};

/**
 * The arrays of a {@link LunarTable} (all but `offsetHours`) from the string of `encodeLunarYears`, whose first year
 * is `firstYear` (4 digits): the first Tết from the string's header, each later one where the year before ends.
 *
 * @example
 * ```ts
 * decodeLunarTable(lunarYearsUtc7, 1900).leapMonths[85]; // 2 (lunar year 1985)
 * ```
 */
export const decodeLunarTable = (encoded: string, firstYear: number): Omit<LunarTable, "offsetHours"> => {
  const starts: number[] = [];
  const labels: number[] = [];
  const firstMonth: number[] = [];
  const leapMonths: number[] = [];
  let start = toDayNumber(`${firstYear}-01-01`) + Number.parseInt(encoded.slice(0, lunarHeaderWidth), 32);
  for (let at = lunarHeaderWidth; at < encoded.length; at += lunarYearWidth) {
    const bits = Number.parseInt(encoded.slice(at, at + lunarYearWidth), 32);
    const leapMonth = bits & 15;
    const y = firstMonth.push(starts.length) - 1;
    leapMonths.push(leapMonth);
    for (let m = 0, month = 0; m < (leapMonth ? 13 : 12); m++) {
      const leap = leapMonth !== 0 && m === leapMonth;
      if (!leap) month++;
      starts.push(start);
      labels.push(y * 32 + month * 2 + (leap ? 1 : 0));
      start += (bits >> (4 + m)) & 1 ? 30 : 29;
    }
  }
  firstMonth.push(starts.length);
  starts.push(start);
  return { starts, labels, firstMonth, leapMonths };
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
    cache[offsetHours] ??= {
      offsetHours,
      ...decodeLunarTable(offsetHours === 7 ? lunarYearsUtc7 : lunarYearsUtc8, lunarYearRange.first),
    };
    return cache[offsetHours];
  }
  throw new CalendarError(
    calendarErrorCodes.invalidLunarOptions,
    `offsetHours ${describeValue(offsetHours)} is not a lunar calendar reckoning: give 7 (Vietnam, the default) or 8 (the Chinese calendar, used in North Vietnam before 1968)`,
  );
};
