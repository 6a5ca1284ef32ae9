import type { LanguageOptions } from "../i18n/createTranslator.ts";
import type { Issue } from "../rules/Issue.ts";
import { parseDateLine } from "./parseDateLine.ts";

/**
 * The issues of a place-and-date line under Decree 30/2020/NĐ-CP (Phụ lục I, Phần I, mục II.4); none when the
 * line is right. Use {@link parseDateLine} to read the place and date as well. Never throws on the text.
 *
 * @example
 * ```ts
 * lintDateLine("Hà Nội, ngày 15 tháng 9 năm 2020");  // []
 * lintDateLine("Hà Nội, ngày 15 tháng 09 năm 2020").map((issue) => issue.code); // ["nd30.date-line.leading-zero"]
 * lintDateLine("Hà Nội, ngày 5 tháng 1 năm 2020", { lang: "en" })[0]?.message;
 * // "Write «ngày 05», not «ngày 5»: only days below 10 and months 1 and 2 take a leading 0."
 * ```
 */
export const lintDateLine = (line: string, options: LanguageOptions = {}): readonly Issue[] =>
  parseDateLine(line, options).issues;
