import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import type { IsoDate } from "../IsoDate.ts";
import { toDayNumber } from "../toDayNumber.ts";
import type { LunarDate } from "./LunarDate.ts";
import type { LunarOptions } from "./LunarOptions.ts";
import { lunarTable } from "./lunarTable.ts";
import { lunarYearRange } from "./lunarYearRange.ts";

/**
 * The lunar date (âm lịch) of the civil date `date`, in Vietnam's lunisolar calendar: computed at UTC+7
 * by default, or at UTC+8 (the Chinese calendar, used in North Vietnam before 1968) with
 * `{ offsetHours: 8 }`. Covers 1900-01-31 (Tết 1900) to the last day of lunar year 2100 (2101-01-28 at
 * UTC+7); throws a {@link CalendarError} `calendar.invalid-date` for a string that is not a date and
 * `calendar.lunar-out-of-range` outside that range.
 *
 * The months come from a table generated from the astronomy (true new moons, solar terms), so a call is
 * a binary search, not an astronomical computation.
 *
 * @example
 * ```ts
 * toLunar("2025-01-29"); // { year: 2025, month: 1, day: 1, leap: false }: Tết Ất Tỵ
 * toLunar("1985-03-22"); // { year: 1985, month: 2, day: 2, leap: true }: leap month 2
 * toLunar("1985-01-21", { offsetHours: 8 }); // { year: 1984, month: 12, day: 1, leap: false }
 * ```
 */
export const toLunar = (date: IsoDate | string, options?: LunarOptions): LunarDate => {
  const days = toDayNumber(date);
  const table = lunarTable(options);
  const { starts, labels } = table;
  const last = starts.length - 1;
  if (!(days >= (starts[0] as number) && days < (starts[last] as number))) {
    throw new CalendarError(
      calendarErrorCodes.lunarOutOfRange,
      `${date} is outside the lunar calendar's range at UTC+${table.offsetHours}: give a date from ${fromDayNumber(starts[0] as number)} to ${fromDayNumber((starts[last] as number) - 1)}`,
    );
  }
  // The month is the last one that starts on or before `days`.
  let low = 0;
  let high = last - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= days) low = middle;
    else high = middle - 1;
  }
  const label = labels[low] as number;
  return {
    year: lunarYearRange.first + (label >> 5),
    month: (label >> 1) & 15,
    day: days - (starts[low] as number) + 1,
    leap: (label & 1) === 1,
  };
};
