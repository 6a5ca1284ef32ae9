import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { dayNumberRange } from "./dayNumberRange.ts";
import { describeValue } from "./describeValue.ts";
import type { IsoDate } from "./IsoDate.ts";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/**
 * The civil date `dayNumber` days after 1970-01-01 (before it when negative); the inverse of {@link toDayNumber}.
 * Throws a {@link CalendarError} when `dayNumber` is not an integer (`calendar.invalid-day-count`) or falls outside
 * 0001-01-01 … 9999-12-31 (`calendar.date-out-of-range`).
 *
 * @example
 * ```ts
 * fromDayNumber(0);     // "1970-01-01"
 * fromDayNumber(18536); // "2020-10-01"
 * ```
 */
export const fromDayNumber = (dayNumber: number): IsoDate => {
  // Hand-written: the holiday table and the working-day loops end here, where date-fns (addDays, formatISO) is ≈6× slower (test/bench/calendarVsDateFns.ts).
  if (!Number.isSafeInteger(dayNumber)) {
    throw new CalendarError(
      calendarErrorCodes.invalidDayCount,
      `${describeValue(dayNumber)} is not a day number: pass a whole number of days since 1970-01-01, e.g. 18536`,
    );
  }
  if (dayNumber < dayNumberRange.min || dayNumber > dayNumberRange.max) {
    throw new CalendarError(
      calendarErrorCodes.dateOutOfRange,
      `day number ${dayNumber} is outside 0001-01-01 … 9999-12-31: pass a number from ${dayNumberRange.min} to ${dayNumberRange.max}`,
    );
  }
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
};
