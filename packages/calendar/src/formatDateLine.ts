import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { checkText } from "./checkText.ts";
import { describeValue } from "./describeValue.ts";
import { padNumber } from "./padNumber.ts";
import { parseIsoDate } from "./parseIsoDate.ts";

/**
 * The place-and-date line of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Phụ lục I, mục II.4):
 * «Place, ngày DD tháng M năm YYYY», with a leading zero for days below 10 and for months 1 and 2 only.
 * Throws a {@link CalendarError}: `calendar.invalid-place` for a place that is not one name of text,
 * `calendar.invalid-text` for a character no document can carry (a C0 control but tab and line breaks, U+FFFE,
 * U+FFFF, a lone surrogate), `calendar.invalid-date` for a date that is not a real `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatDateLine("Hà Nội", "2020-09-15"); // "Hà Nội, ngày 15 tháng 9 năm 2020"
 * formatDateLine("Hà Nội", "2020-01-05"); // "Hà Nội, ngày 05 tháng 01 năm 2020"
 * ```
 */
export const formatDateLine = (place: string, date: string): string => {
  const name = checkText(place, "the place", calendarErrorCodes.invalidPlace).normalize("NFC").trim();
  if (name.length === 0 || /[,\n\r]/.test(name)) {
    throw new CalendarError(
      calendarErrorCodes.invalidPlace,
      `${describeValue(place)} is not a place name for a date line: give the place alone, e.g. "Hà Nội"`,
    );
  }
  const [year, month, day] = parseIsoDate(date).split("-").map(Number) as [number, number, number];
  const monthText = month <= 2 ? padNumber(month) : String(month);
  return `${name}, ngày ${padNumber(day)} tháng ${monthText} năm ${year}`;
};
