import type { IsoDate } from "../IsoDate.ts";
import type { HolidayName } from "./holidayNames.ts";

/**
 * The layer a day off comes from: `statutory`, a day the law itself dates (1/1, 30/4, 1/5, 2/9, Giỗ Tổ, 24/11);
 * `compensatory`, a nghỉ bù derived from the rules; `decreed`, a day the year's government decision places (the
 * Tết break, the day next to 2/9, a swapped day).
 *
 * @example
 * ```ts
 * const kind: HolidayKind = "compensatory";
 * publicHolidays(2022).filter((day) => day.kind === kind).length; // 4
 * ```
 */
export type HolidayKind = "statutory" | "compensatory" | "decreed";

/**
 * One day off of the civil service, as {@link publicHolidays} lists it.
 *
 * @example
 * ```ts
 * const day: PublicHoliday = {
 *   date: parseIsoDate("2022-01-03"),
 *   kind: "compensatory",
 *   name: "holiday.newYear",
 *   source: "Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3; for 2022-01-01",
 *   provisional: false,
 *   unconfirmed: false,
 * };
 * ```
 */
export type PublicHoliday = {
  readonly date: IsoDate;
  readonly kind: HolidayKind;
  /** The holiday the day belongs to, as a message key. */
  readonly name: HolidayName;
  /** The law, article or notice the day comes from. */
  readonly source: string;
  /** `true` when no government decision for the year fixes the day and its date is the SDK's default. */
  readonly provisional: boolean;
  /** `true` when the rule behind the day is known only from secondary sources (24/11). */
  readonly unconfirmed: boolean;
};

/**
 * A weekly rest day worked in exchange for a day off (ngày làm bù), as {@link makeUpWorkingDays} lists it.
 *
 * @example
 * ```ts
 * makeUpWorkingDays(2024); // [{ date: "2024-05-04", replaces: "2024-04-29", name: "holiday.victoryDay", source: "…" }]
 * ```
 */
export type MakeUpWorkingDay = {
  readonly date: IsoDate;
  /** The working day given off instead. */
  readonly replaces: IsoDate;
  readonly name: HolidayName;
  readonly source: string;
};
