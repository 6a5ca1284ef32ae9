import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { parseIsoDate } from "./parseIsoDate.ts";

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The place-and-date line of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Phụ lục I, mục II.4):
 * «Place, ngày DD tháng M năm YYYY», with a leading zero for days below 10 and for months 1 and 2 only.
 *
 * @example
 * ```ts
 * formatDateLine("Hà Nội", "2020-09-15"); // "Hà Nội, ngày 15 tháng 9 năm 2020"
 * formatDateLine("Hà Nội", "2020-01-05"); // "Hà Nội, ngày 05 tháng 01 năm 2020"
 * ```
 */
export const formatDateLine = (place: string, date: string): string => {
  const name = place.normalize("NFC").trim();
  if (name.length === 0 || /[,\n\r]/.test(name)) {
    throw new CalendarError(
      calendarErrorCodes.invalidPlace,
      `${JSON.stringify(place)} is not a place name for a date line: give the place alone, e.g. "Hà Nội"`,
    );
  }
  const [year, month, day] = parseIsoDate(date).split("-").map(Number) as [number, number, number];
  const monthText = month <= 2 ? pad(month) : String(month);
  return `${name}, ngày ${pad(day)} tháng ${monthText} năm ${year}`;
};
