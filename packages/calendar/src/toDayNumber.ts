import { parseIsoDate } from "./parseIsoDate.ts";

/**
 * The number of days from 1970-01-01 to `date` (negative before it), counted on the proleptic Gregorian calendar
 * with integers only, so the result never depends on the host's time zone.
 * Throws a {@link CalendarError} (`calendar.invalid-date`) when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * toDayNumber("1970-01-01"); // 0
 * toDayNumber("2020-10-01"); // 18536
 * ```
 */
export const toDayNumber = (date: string): number => {
  const [year, month, day] = parseIsoDate(date).split("-").map(Number) as [number, number, number];
  // Counting from 1 March keeps the leap day at the end of the counted year.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};
