import type { IsoDate } from "../IsoDate.ts";

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/**
 * The civil date `YYYY-MM-DD` that is `days` days after 1970-01-01, the inverse of {@link dayNumber}
 * (years 1000-9999).
 *
 * @example
 * ```ts
 * isoDateOfDayNumber(11017); // "2000-03-01"
 * ```
 */
export const isoDateOfDayNumber = (days: number): IsoDate => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}` as IsoDate;
};
