import {
  createIssue,
  type Issue,
  type LanguageOptions,
  lintDateLine,
  parseDocumentNumber,
  type Translate,
} from "@xhht/domain";
import { nd30Texts } from "../data/nd30Texts.ts";
import { locationOf, relocate } from "./locationOf.ts";
import type { DocxParagraph } from "./readParagraphs.ts";
import type { Segment } from "./segmentsOf.ts";

/** The Quốc hiệu as it was often printed before Decree 30/2020/NĐ-CP: «HOÀ» with the accent on the «A». */
const legacyNationalTitle = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";

/** Letters only, lower case, without diacritics: «Độc lập-Tự do» and «ĐỘC LẬP - TỰ DO» share one key. */
const keyOf = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

const nationalTitleKey = keyOf(nd30Texts.nationalTitle);
const mottoKey = keyOf(nd30Texts.motto);
const numberLine = /^Số(?![\p{L}\p{N}])\s*:?[^/]{0,24}\/\s*\S/u;
const dateLine = /^\p{L}[^,;:]{0,48}?,?\s*ngày\s+[\d.…_ ]*tháng\s+[\d.…_ ]*năm\s+\d{4}\s*\.?$/u;
/** Longer than any date line, even with «……» for the day: {@link dateLine} backtracks quadratically over long runs of spaces. */
const dateLineMaxLength = 200;
const isDateLine = (text: string) => text.length <= dateLineMaxLength && dateLine.test(text);
/** {@link numberLine} reads a prefix only: reading it from the first 200 characters keeps a long run of spaces quick. */
const isNumberLine = (text: string) => numberLine.test(text.slice(0, dateLineMaxLength));

/** What {@link lintHeaderText} found: its issues and the last paragraph of the header it read. */
export interface HeaderTextResult {
  readonly issues: readonly Issue[];
  /** The last paragraph of the main document holding the Quốc hiệu, Tiêu ngữ, number or date line. */
  readonly lastParagraph: DocxParagraph | undefined;
}

/**
 * The fixed texts of the header (Phụ lục I, Phần I, mục II.1, II.3, II.4): the Quốc hiệu and Tiêu ngữ exactly as
 * the decree prints them (the older «CỘNG HOÀ» spelling is a warning), and the first «Số: …» and place-and-date
 * lines, checked by @xhht/domain's own text rules.
 */
export const lintHeaderText = (
  t: Translate,
  segments: readonly Segment[],
  options: LanguageOptions,
  documentPart: string,
): HeaderTextResult => {
  const issues: Issue[] = [];

  const title = segments.find((segment) => keyOf(segment.text) === nationalTitleKey);
  if (title === undefined) issues.push(createIssue(t, "nd30.national-title.missing", [documentPart]));
  else if (title.text !== nd30Texts.nationalTitle) {
    const { path, params } = locationOf(title.paragraph);
    const code =
      title.text === legacyNationalTitle ? "nd30.national-title.legacy-spelling" : "nd30.national-title.text";
    issues.push(createIssue(t, code, path, { ...params, found: title.text, expected: nd30Texts.nationalTitle }));
  }

  const motto = segments.find((segment) => keyOf(segment.text) === mottoKey);
  if (motto === undefined) issues.push(createIssue(t, "nd30.motto.missing", [documentPart]));
  else if (motto.text !== nd30Texts.motto) {
    const { path, params } = locationOf(motto.paragraph);
    issues.push(createIssue(t, "nd30.motto.text", path, { ...params, found: motto.text, expected: nd30Texts.motto }));
  }

  const number = segments.find((segment) => isNumberLine(segment.text));
  if (number === undefined) issues.push(createIssue(t, "nd30.number.missing", [documentPart]));
  else {
    for (const issue of parseDocumentNumber(number.text, options).issues) {
      issues.push(relocate(issue, number.paragraph, issue.path));
    }
  }

  const date = segments.find((segment) => isDateLine(segment.text));
  if (date === undefined) issues.push(createIssue(t, "nd30.date-line.missing", [documentPart]));
  else {
    for (const issue of lintDateLine(date.text, options)) issues.push(relocate(issue, date.paragraph, issue.path));
  }
  const found = [title, motto, number, date].flatMap((segment) =>
    segment === undefined || segment.paragraph.part !== documentPart ? [] : [segment.paragraph],
  );
  const last = found.reduce<DocxParagraph | undefined>(
    (latest, paragraph) => (latest === undefined || paragraph.index > latest.index ? paragraph : latest),
    undefined,
  );
  return { issues, lastParagraph: last };
};
