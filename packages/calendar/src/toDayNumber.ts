import { dayNumberOf } from "./dayNumberOf.ts";
import { monthLength } from "./monthLength.ts";
import { parseIsoDate } from "./parseIsoDate.ts";

const hyphen = 45;

// The digit at `index`, or NaN for any other character, so that a malformed date fails every range check below.
const digit = (text: string, index: number): number => {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
};

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
  // Hand-written: the working-day loops start here, where date-fns (differenceInCalendarDays) is ≈100× slower (test/bench/calendarVsDateFns.ts).
  // Read the digits in place (no regular expression, no substrings): this is on the path of every date function.
  if (
    typeof date === "string" &&
    date.length === 10 &&
    date.charCodeAt(4) === hyphen &&
    date.charCodeAt(7) === hyphen
  ) {
    const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
    const month = digit(date, 5) * 10 + digit(date, 6);
    const day = digit(date, 8) * 10 + digit(date, 9);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month)) {
      return dayNumberOf(year, month, day);
    }
  }
  // Not a date: parseIsoDate throws the documented error.
  const [year, month, day] = parseIsoDate(date).split("-").map(Number) as [number, number, number];
  return dayNumberOf(year, month, day);
};
