import type { Language } from "@xhht/core";
import { checkLanguage } from "./checkLanguage.ts";
import { weekdayNames } from "./data/weekdayNames.ts";
import { dayOfWeek } from "./dayOfWeek.ts";

/**
 * A language {@link formatWeekday} writes: `"vi"` (the default) or `"en"`.
 *
 * @deprecated Use `Language` (of `@xhht/core`, also exported by `@xhht/calendar`), the SDK's one language type: the
 * same `"vi" | "en"`.
 *
 * @example
 * ```ts
 * const locale: WeekdayLocale = "en";
 * formatWeekday("2020-10-01", locale); // "Thursday"
 * ```
 */
export type WeekdayLocale = Language;

/**
 * The name of the day of the week of `date`: in Vietnamese «thứ Hai» … «thứ Bảy», «Chủ nhật», capitalised as
 * Decree 30/2020/NĐ-CP, Phụ lục II writes them inside a sentence (capitalise «thứ» yourself at a sentence's start);
 * in English "Monday" … "Sunday".
 * `lang` is the SDK's `Language`, `"vi"` by default.
 * Throws a {@link CalendarError} when `date` is not a real `YYYY-MM-DD` date (`calendar.invalid-date`) or `lang`
 * is neither `"vi"` nor `"en"` (`calendar.invalid-locale`).
 *
 * @example
 * ```ts
 * formatWeekday("2020-10-01");       // "thứ Năm"
 * formatWeekday("2023-10-01");       // "Chủ nhật"
 * formatWeekday("2020-10-01", "en"); // "Thursday"
 * ```
 */
export const formatWeekday = (date: string, lang: Language = "vi"): string =>
  weekdayNames[checkLanguage("formatWeekday", lang)][dayOfWeek(date)] as string;
