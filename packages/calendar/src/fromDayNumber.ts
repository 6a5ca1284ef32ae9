import type { IsoDate } from "./IsoDate.ts";
import { padNumber } from "./padNumber.ts";

/**
 * The civil date `dayNumber` days after 1970-01-01 (before it when negative); the inverse of {@link toDayNumber}.
 * Unchecked: the calendar passes only whole day numbers of dates from 0001-01-01 to 9999-12-31
 * (`dayNumberRange`), read from real dates or a few days from one; the public functions check what they are given.
 *
 * @example
 * ```ts
 * fromDayNumber(0);     // "1970-01-01"
 * fromDayNumber(18536); // "2020-10-01"
 * ```
 */
export const fromDayNumber = (dayNumber: number): IsoDate => {
  // Hand-written: the holiday table and the working-day loops end here, where date-fns (addDays, formatISO) is ≈6× slower (test/bench/calendarVsDateFns.ts).
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
  return `${padNumber(year, 4)}-${padNumber(month)}-${padNumber(day)}` as IsoDate;
};
