/**
 * The number of days in `month` (1-12) of `year` (any whole year), unchecked: the test of every date the SDK reads
 * ({@link isIsoDate}, {@link toDayNumber}). Public callers use {@link daysInMonth}, which checks its arguments.
 *
 * @example
 * ```ts
 * monthLength(2024, 2); // 29
 * monthLength(1900, 2); // 28
 * ```
 */
export const monthLength = (year: number, month: number): number =>
  // Hand-written: it checks every date read (isWorkingDay's path), where getDaysInMonth is ≈50× slower (test/bench/calendarVsDateFns.ts).
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
