/**
 * The message keys that name a day off in {@link PublicHoliday.name}: one per holiday of the Labour Code, the
 * same key for the holiday itself, its nghỉ bù and a working day swapped next to it. The texts live in the
 * locales of `@xhht/domain`, not here.
 *
 * @example
 * ```ts
 * holidayNames.tet; // "holiday.tet"
 * publicHolidays(2025).filter((day) => day.name === holidayNames.tet).length; // 9
 * ```
 */
export const holidayNames = {
  /** Tết Dương lịch, 1 January. */
  newYear: "holiday.newYear",
  /** Tết Âm lịch (Tết Nguyên đán), the lunar new year break. */
  tet: "holiday.tet",
  /** Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month. */
  hungKings: "holiday.hungKings",
  /** Ngày Chiến thắng, 30 April. */
  victoryDay: "holiday.victoryDay",
  /** Ngày Quốc tế lao động, 1 May. */
  labourDay: "holiday.labourDay",
  /** Quốc khánh, 2 September and, from 2021, a day next to it. */
  nationalDay: "holiday.nationalDay",
  /** Ngày Văn hóa Việt Nam, 24 November (unconfirmed, from 2026). */
  cultureDay: "holiday.cultureDay",
} as const;

/**
 * A message key of {@link holidayNames}, e.g. `"holiday.tet"`.
 *
 * @example
 * ```ts
 * const name: HolidayName = holidayNames.hungKings; // "holiday.hungKings"
 * ```
 */
export type HolidayName = (typeof holidayNames)[keyof typeof holidayNames];
