import { isBlank, placeholder } from "./placeholders.ts";

/** Longer than any date line, even with «……» for the day: the pattern backtracks over long runs of spaces. */
const maxLength = 200;
const dateLine =
  /^(?<place>\p{L}[^,;:]{0,48}?|\[[^[\]]{1,40}\]|[.…_]{2,}[^,;:]{0,20}?)(?<comma>,?)\s*ngày(?<day>[\d.…_\s]*?)tháng(?<month>[\d.…_\s]*?)năm(?<year>\s*(?:\d{4}|\d{0,3}[.…_]+)?\s*)(?<dot>\.?)$/u;

/** What a place-and-date line holds, and the text domain's `lintDateLine` should check. */
export interface DateLine {
  /** The line as typed, or with each blank left for a draft filled with a neutral value: a day 01, a place «Hà Nội». */
  readonly checked: string;
  /** Whether the day, month, year or place is left blank, as a draft's is. */
  readonly draft: boolean;
}

const filled = (value: string, neutral: string): string => (isBlank(value) ? neutral : value.trim());

/**
 * Reads a place-and-date line (Phụ lục I, Phần I, mục II.4), accepting a draft's blanks as a blank number is
 * accepted: «Hà Nội, ngày      tháng 8 năm 2025», «[Địa danh], ngày ... tháng ... năm 20...». `undefined` when
 * `text` is not a date line.
 *
 * @example
 * ```ts
 * readDateLine("Hà Nội, ngày      tháng 8 năm 2025"); // { checked: "Hà Nội, ngày 01 tháng 8 năm 2025", draft: true }
 * ```
 */
export const readDateLine = (text: string): DateLine | undefined => {
  if (text.length > maxLength) return undefined;
  const groups = dateLine.exec(text)?.groups;
  if (groups === undefined) return undefined;
  const { place = "", comma = "", day = "", month = "", year = "", dot = "" } = groups;
  const blankPlace = !/^\p{L}/u.test(place) || placeholder.test(place);
  const blankYear = !/^\s*\d{4}\s*$/u.test(year);
  const draft = blankPlace || isBlank(day) || isBlank(month) || blankYear;
  if (!draft) return { checked: text, draft };
  if (!isBlank(day) && !/^\s*\d{1,2}\s*$/u.test(day)) return undefined;
  if (!isBlank(month) && !/^\s*\d{1,2}\s*$/u.test(month)) return undefined;
  const checked = `${blankPlace ? "Hà Nội" : place}${comma} ngày ${filled(day, "01")} tháng ${filled(month, "01")} năm ${blankYear ? "2020" : year.trim()}${dot}`;
  return { checked, draft };
};
