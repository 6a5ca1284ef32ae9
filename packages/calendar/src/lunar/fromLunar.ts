import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isWholeIn } from "../isWholeIn.ts";
import { readFields } from "../readFields.ts";
import type { LunarDate } from "./LunarDate.ts";
import type { LunarOptions } from "./LunarOptions.ts";
import { lunarTable } from "./lunarTable.ts";
import { lunarYearRange } from "./lunarYearRange.ts";

/**
 * The civil date of the lunar date `lunar`, the exact inverse of {@link toLunar} (same `offsetHours`, 7 by
 * default). Throws a {@link CalendarError} that says what is wrong and what is valid for a lunar date that
 * does not exist: `calendar.lunar-out-of-range` for a year outside 1900-2100, and
 * `calendar.invalid-lunar-date` for a month outside 1-12, `leap: true` on a month that is not that year's
 * leap month, or day 30 of a 29-day month.
 *
 * @example
 * ```ts
 * fromLunar({ year: 2025, month: 3, day: 10, leap: false }); // "2025-04-07": Giỗ Tổ Hùng Vương
 * fromLunar({ year: 1985, month: 2, day: 30, leap: true }); // "1985-04-19"
 * fromLunar({ year: 2024, month: 2, day: 1, leap: true }); // throws: lunar year 2024 has no leap month
 * ```
 */
export const fromLunar = (lunar: LunarDate, options?: LunarOptions): IsoDate => {
  const table = lunarTable(options);
  const { year, month, day, leap } = readFields(
    lunar,
    ["year", "month", "day", "leap"],
    calendarErrorCodes.invalidLunarDate,
    "a lunar date",
  ) as LunarDate;
  const zone = table.offsetHours === 7 ? "" : ` (at UTC+${table.offsetHours})`;
  if (!isWholeIn(year, lunarYearRange.first, lunarYearRange.last)) {
    throw new CalendarError(
      calendarErrorCodes.lunarOutOfRange,
      `lunar year ${describeValue(year)} is out of range: give a whole year from ${lunarYearRange.first} to ${lunarYearRange.last}`,
    );
  }
  if (!isWholeIn(month, 1, 12)) {
    throw new CalendarError(
      calendarErrorCodes.invalidLunarDate,
      `lunar month ${describeValue(month)} does not exist: give a month from 1 to 12, with leap: true for the leap month`,
    );
  }
  if (typeof leap !== "boolean") {
    throw new CalendarError(
      calendarErrorCodes.invalidLunarDate,
      `leap ${describeValue(leap)} is not a boolean: give true for the leap month (tháng nhuận), false otherwise`,
    );
  }
  const y = year - lunarYearRange.first;
  const leapMonth = table.leapMonths[y] as number;
  if (leap && leapMonth !== month) {
    throw new CalendarError(
      calendarErrorCodes.invalidLunarDate,
      leapMonth === 0
        ? `lunar year ${year} has no leap month${zone}, so month ${month} cannot be leap: give leap: false`
        : `month ${month} of lunar year ${year} is not leap${zone}: the leap month is ${leapMonth}; give leap: false, or month ${leapMonth} with leap: true`,
    );
  }
  const index = (table.firstMonth[y] as number) + month - 1 + (leap || (leapMonth !== 0 && month > leapMonth) ? 1 : 0);
  const start = table.starts[index] as number;
  const length = (table.starts[index + 1] as number) - start;
  if (!isWholeIn(day, 1, length)) {
    throw new CalendarError(
      calendarErrorCodes.invalidLunarDate,
      `day ${describeValue(day)} does not exist in ${leap ? "leap " : ""}month ${month} of lunar year ${year}${zone}, which has ${length} days: give a day from 1 to ${length}`,
    );
  }
  return fromDayNumber(start + day - 1);
};
