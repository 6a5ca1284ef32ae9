/**
 * One lunar year as the calendar table stores it: the day number (days since 1970-01-01) of its first
 * day (Tết, 1/1), the number of its leap month (0 when it has none) and the length (29 or 30 days) of
 * each of its 12 or 13 months in order, the leap month right after the month whose number it takes.
 */
export type LunarYear = {
  readonly year: number;
  readonly newYear: number;
  leapMonth: number;
  readonly monthLengths: number[];
};
