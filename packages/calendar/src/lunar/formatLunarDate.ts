import type { Language } from "@xhht/core";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { checkLanguage } from "../checkLanguage.ts";
import type { IsoDate } from "../IsoDate.ts";
import { readFields, readOptions } from "../readFields.ts";
import { canChiYear } from "./canChiYear.ts";
import { lunarDateFormats } from "./data/lunarDateFormats.ts";
import { fromLunar } from "./fromLunar.ts";
import type { LunarDate } from "./LunarDate.ts";
import type { LunarOptions } from "./LunarOptions.ts";
import { toLunar } from "./toLunar.ts";

/**
 * A language {@link formatLunarDate} writes: `"vi"` (the default) or `"en"`.
 *
 * @deprecated Use `Language` (of `@xhht/core`, also exported by `@xhht/calendar`), the SDK's one language type: the
 * same `"vi" | "en"`.
 *
 * @example
 * ```ts
 * const locale: LunarDateLocale = "en";
 * formatLunarDate("2026-04-26", { lang: locale }); // "day 10 of month 3, year Bính Ngọ"
 * ```
 */
export type LunarDateLocale = Language;

/**
 * Options of {@link formatLunarDate}: the language, `lang` (the SDK's one option name for it), and the meridian of
 * the lunar calendar ({@link LunarOptions}).
 *
 * @example
 * ```ts
 * formatLunarDate("1985-01-21", { lang: "en", offsetHours: 8 }); // "day 1 of month 12, year Giáp Tý"
 * ```
 */
export type FormatLunarDateOptions = LunarOptions & {
  /** The language: `"vi"` (the default) or `"en"`. */
  readonly lang?: Language | undefined;
  /**
   * The language, under its former name.
   *
   * @deprecated Use `lang`, the option every function of the SDK names its language with; `lang` wins when both are
   * given.
   */
  readonly locale?: Language | undefined;
};

/**
 * A lunar date in words, with the year's can chi name ({@link canChiYear}): in Vietnamese «ngày 10 tháng 3 năm Bính
 * Ngọ», the leap month «tháng 2 nhuận»; in English "day 10 of month 3, year Bính Ngọ", "leap month 2". Day and month
 * are written without a leading zero. `date` is a civil date (converted with {@link toLunar}, at UTC+7 unless
 * `offsetHours: 8`) or a {@link LunarDate}, which must exist in that calendar.
 * Throws a {@link CalendarError}: `calendar.invalid-locale` for a `lang` other than `"vi"` and `"en"`, and as
 * {@link toLunar} or {@link fromLunar} do for a date that is not a date, out of range, or a lunar date that does not
 * exist.
 *
 * @example
 * ```ts
 * formatLunarDate("2026-04-26");                     // "ngày 10 tháng 3 năm Bính Ngọ": Giỗ Tổ Hùng Vương
 * formatLunarDate("2026-04-26", { lang: "en" });     // "day 10 of month 3, year Bính Ngọ"
 * formatLunarDate({ year: 1985, month: 2, day: 2, leap: true }); // "ngày 2 tháng 2 nhuận năm Ất Sửu"
 * formatLunarDate("2020-01-24");                     // "ngày 30 tháng 12 năm Kỷ Hợi": the eve of Tết Canh Tý
 * ```
 */
export const formatLunarDate = (date: IsoDate | string | LunarDate, options: FormatLunarDateOptions = {}): string => {
  const { lang, locale, offsetHours } = readOptions(
    "formatLunarDate",
    options,
    ["lang", "locale", "offsetHours"],
    calendarErrorCodes.invalidLunarOptions,
  ) as FormatLunarDateOptions;
  const language = checkLanguage("formatLunarDate", lang === undefined ? locale : lang);
  const lunarOptions = offsetHours === undefined ? {} : { offsetHours };
  let lunar: LunarDate;
  if (typeof date === "string") lunar = toLunar(date, lunarOptions);
  else {
    lunar = readFields(
      date,
      ["year", "month", "day", "leap"],
      calendarErrorCodes.invalidLunarDate,
      "a lunar date",
    ) as LunarDate;
    fromLunar(lunar, lunarOptions);
  }
  const format = lunarDateFormats[language];
  const month = (lunar.leap ? format.leapMonth : format.month).replace("{n}", String(lunar.month));
  return format.date
    .replace("{day}", String(lunar.day))
    .replace("{month}", month)
    .replace("{year}", canChiYear(lunar.year));
};
