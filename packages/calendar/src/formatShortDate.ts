import { parseIsoDate } from "./parseIsoDate.ts";

/**
 * `date` written DD/MM/YYYY, as Vietnamese letters write a date inside their text («trước ngày 30/10/2020»),
 * always with two-digit day and month.
 * Throws a {@link CalendarError} (`calendar.invalid-date`) when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * formatShortDate("2020-10-01"); // "01/10/2020"
 * formatShortDate("2020-10-30"); // "30/10/2020"
 * ```
 */
export const formatShortDate = (date: string): string => {
  const [year, month, day] = parseIsoDate(date).split("-") as [string, string, string];
  return `${day}/${month}/${year}`;
};
