/**
 * The number of days from 1970-01-01 to the Gregorian date `year`-`month`-`day` (negative before it),
 * by integer arithmetic on 400-year eras (the proleptic Gregorian calendar, any year).
 *
 * @example
 * ```ts
 * dayNumberOf(1970, 1, 1); // 0
 * dayNumberOf(2000, 3, 1); // 11017
 * ```
 */
export const dayNumberOf = (year: number, month: number, day: number): number => {
  // Not in the runtime: the lunar tables' encoder (lunar/encodeLunarYears.ts) and the tests count days with it.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};
