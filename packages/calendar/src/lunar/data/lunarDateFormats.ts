/**
 * How {@link formatLunarDate} writes a lunar date, per language: `date` with `{day}`, `{month}` and `{year}` (the can
 * chi name, kept in Vietnamese in every language), `{month}` itself from `month` or, for the leap month (tháng
 * nhuận), `leapMonth`, each with `{n}`.
 *
 * @example
 * ```ts
 * lunarDateFormats.vi.leapMonth; // "tháng {n} nhuận"
 * ```
 */
export const lunarDateFormats = {
  vi: { date: "ngày {day} {month} năm {year}", month: "tháng {n}", leapMonth: "tháng {n} nhuận" },
  en: { date: "day {day} of {month}, year {year}", month: "month {n}", leapMonth: "leap month {n}" },
} as const;
