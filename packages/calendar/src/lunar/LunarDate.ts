/**
 * A day of the Vietnamese lunisolar calendar (âm lịch): `year` is the Gregorian year in which that lunar
 * year begins (its Tết), `month` is 1-12, `day` is 1-30, and `leap` marks the leap month (tháng nhuận),
 * which repeats the number of the month before it.
 *
 * @example
 * ```ts
 * const date: LunarDate = { year: 1985, month: 2, day: 2, leap: true }; // 1985-03-22
 * ```
 */
export type LunarDate = {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
};
