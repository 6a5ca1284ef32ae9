import {
  createIssue,
  type Issue,
  type LanguageOptions,
  lintDateLine,
  parseDocumentNumber,
  type Translate,
} from "@xhht/domain";
import { nd30Texts } from "../data/nd30Texts.ts";
import { type DocxKind, documentKindOf } from "./documentKindOf.ts";
import { locationOf, relocate } from "./locationOf.ts";
import { isMergeField } from "./placeholders.ts";
import { readDateLine } from "./readDateLine.ts";
import { readNumberLine } from "./readNumberLine.ts";
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
/**
 * What the decree's number grammar says of a normative document's number: its colon, leading zero and spacing. Its
 * symbol («QH15», «TT-BGDĐT») follows the law on legal documents, not Phụ lục III's list of administrative types.
 */
const normativeChecks = new Set(["nd30.number.colon", "nd30.number.leading-zero", "nd30.number.spacing"]);

/** What {@link lintHeaderText} found: its issues, the kind of document and the last paragraph of the header. */
export interface HeaderTextResult {
  readonly issues: readonly Issue[];
  readonly kind: DocxKind;
  /** The last paragraph of the main document holding the Quốc hiệu, Tiêu ngữ, number or date line. */
  readonly lastParagraph: DocxParagraph | undefined;
}

/**
 * The fixed texts of the first page's header (Phụ lục I, Phần I, mục II.1, II.3, II.4): the Quốc hiệu and Tiêu ngữ
 * exactly as the decree prints them (the older «CỘNG HOÀ» spelling is a warning), and the first «Số: …» and
 * place-and-date lines, checked by @xhht/domain's own text rules. Only `header` is read: the header block of page 1.
 * A text issued with a decision has no number or date line, an appendix no Quốc hiệu either; a draft's blank
 * number, day or month and a template's mail-merge fields are accepted.
 */
export const lintHeaderText = (
  t: Translate,
  header: readonly Segment[],
  opening: readonly Segment[],
  options: LanguageOptions,
  documentPart: string,
): HeaderTextResult => {
  const issues: Issue[] = [];
  // A Quốc hiệu typed on one line with what follows it («… VIỆT NAM<br>Độc lập - …») is there, but wrong.
  const title =
    header.find((segment) => keyOf(segment.text) === nationalTitleKey) ??
    header.find((segment) => keyOf(segment.text).startsWith(nationalTitleKey));
  const numbered = header.some((segment) => readNumberLine(segment.text) !== undefined);
  const recognised = documentKindOf(header, opening, title !== undefined, numbered);
  if (recognised === "appendix") return { issues, kind: recognised, lastParagraph: undefined };

  if (title === undefined) issues.push(createIssue(t, "nd30.national-title.missing", [documentPart]));
  else if (title.text !== nd30Texts.nationalTitle) {
    const { path, params } = locationOf(title.paragraph);
    const code =
      title.text === legacyNationalTitle ? "nd30.national-title.legacy-spelling" : "nd30.national-title.text";
    issues.push(createIssue(t, code, path, { ...params, found: title.text, expected: nd30Texts.nationalTitle }));
  }

  const motto =
    header.find((segment) => keyOf(segment.text) === mottoKey) ??
    header.find((segment) => keyOf(segment.text).includes(mottoKey));
  if (motto === undefined) issues.push(createIssue(t, "nd30.motto.missing", [documentPart]));
  else if (motto.text !== nd30Texts.motto) {
    const { path, params } = locationOf(motto.paragraph);
    issues.push(createIssue(t, "nd30.motto.text", path, { ...params, found: motto.text, expected: nd30Texts.motto }));
  }

  let kind: DocxKind = recognised;
  const found: (Segment | undefined)[] = [title, motto];
  if (recognised === "document") {
    const number = header.find((segment) => readNumberLine(segment.text) !== undefined);
    const line = number === undefined ? undefined : readNumberLine(number.text);
    if (number === undefined || line === undefined) issues.push(createIssue(t, "nd30.number.missing", [documentPart]));
    else if (line.form !== "merge-field") {
      if (line.form === "normative") kind = "normative";
      for (const issue of parseDocumentNumber(line.checked, options).issues) {
        if (line.form === "normative" && !normativeChecks.has(issue.code)) continue;
        issues.push(relocate(issue, number.paragraph, issue.path));
      }
      const wellFormed = parseDocumentNumber(line.checked, options).issues.every(
        (i) => i.code !== "nd30.number.format",
      );
      if (line.form === "normative" && (!/^\d{4}$/u.test(line.year) || !wellFormed)) {
        const { path, params } = locationOf(number.paragraph);
        issues.push(createIssue(t, "nd30.number.normative-format", path, { ...params, found: number.text }));
      }
    }
    found.push(number);

    const date = header.find((segment) => readDateLine(segment.text) !== undefined);
    const dateLine = date === undefined ? undefined : readDateLine(date.text);
    if (date === undefined || dateLine === undefined) {
      if (!header.some((segment) => isMergeField(segment.text))) {
        issues.push(createIssue(t, "nd30.date-line.missing", [documentPart]));
      }
    } else {
      for (const issue of lintDateLine(dateLine.checked, options).issues)
        issues.push(relocate(issue, date.paragraph, issue.path));
    }
    found.push(date);
  }

  const last = found
    .flatMap((segment) => (segment === undefined || segment.paragraph.part !== documentPart ? [] : [segment.paragraph]))
    .reduce<DocxParagraph | undefined>(
      (latest, paragraph) => (latest === undefined || paragraph.index > latest.index ? paragraph : latest),
      undefined,
    );
  return { issues, kind, lastParagraph: last };
};
