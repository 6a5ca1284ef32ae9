import type { LanguageOptions } from "../i18n/createTranslator.ts";
import type { DateLine } from "./DateLine.ts";
import type { ParseResult } from "./ParseResult.ts";
import { parseDateLine } from "./parseDateLine.ts";

/**
 * Lints a place-and-date line under Decree 30/2020/NĐ-CP (Phụ lục I, Phần I, mục II.4): `{ ok, value, issues }` as
 * {@link parseDateLine} returns it, `issues` empty when the line is right and `value` the place and date read. Never
 * throws on the text. It used to return the issues alone: they are its `issues`.
 *
 * @example
 * ```ts
 * lintDateLine("Hà Nội, ngày 15 tháng 9 năm 2020"); // { ok: true, value: { place: "Hà Nội", date: "2020-09-15" }, issues: [] }
 * lintDateLine("Hà Nội, ngày 15 tháng 09 năm 2020").issues.map((issue) => issue.code); // ["nd30.date-line.leading-zero"]
 * lintDateLine("Hà Nội, ngày 5 tháng 1 năm 2020", { lang: "en" }).issues[0]?.message;
 * // "Write «ngày 05», not «ngày 5»: only days below 10 and months 1 and 2 take a leading 0."
 * ```
 */
export const lintDateLine = (line: string, options: LanguageOptions = {}): ParseResult<DateLine> =>
  parseDateLine(line, options);
