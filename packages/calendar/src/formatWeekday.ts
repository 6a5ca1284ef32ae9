import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { weekdayNames } from "./data/weekdayNames.ts";
import { dayOfWeek } from "./dayOfWeek.ts";
import { describeValue } from "./describeValue.ts";

/**
 * A language {@link formatWeekday} writes: `"vi"` (the default) or `"en"`.
 *
 * @example
 * ```ts
 * const locale: WeekdayLocale = "en";
 * formatWeekday("2020-10-01", locale); // "Thursday"
 * ```
 */
export type WeekdayLocale = "vi" | "en";

/**
 * The name of the day of the week of `date`: in Vietnamese «thứ Hai» … «thứ Bảy», «Chủ nhật», capitalised as
 * Decree 30/2020/NĐ-CP, Phụ lục II writes them inside a sentence (capitalise «thứ» yourself at a sentence's start);
 * in English "Monday" … "Sunday".
 * Throws a {@link CalendarError} when `date` is not a real `YYYY-MM-DD` date (`calendar.invalid-date`) or `locale`
 * is neither `"vi"` nor `"en"` (`calendar.invalid-locale`).
 *
 * @example
 * ```ts
 * formatWeekday("2020-10-01");       // "thứ Năm"
 * formatWeekday("2023-10-01");       // "Chủ nhật"
 * formatWeekday("2020-10-01", "en"); // "Thursday"
 * ```
 */
export const formatWeekday = (date: string, locale: WeekdayLocale = "vi"): string => {
  if (typeof locale !== "string" || !Object.hasOwn(weekdayNames, locale)) {
    throw new CalendarError(
      calendarErrorCodes.invalidLocale,
      `${describeValue(locale)} is not a weekday locale: pass "vi" or "en"`,
    );
  }
  return weekdayNames[locale][dayOfWeek(date)] as string;
};
