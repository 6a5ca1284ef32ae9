import { createIssue, createTranslator, type Issue, type LanguageOptions, type Translate } from "@xhht/domain";

import { describeValue } from "../describeValue.ts";
import { TemplateError } from "../TemplateError.ts";
import { templateErrorCodes } from "../templateErrorCodes.ts";
import { lintCopies } from "./lintCopies.ts";
import { lintBodySize, lintFonts } from "./lintFonts.ts";
import { lintHeaderText } from "./lintHeaderText.ts";
import { lintSections } from "./lintSections.ts";
import { childOf, childrenOf, type XmlElement } from "./parseXml.ts";
import { type DocxPackage, type PartProblem, readDocxPackage, type UnreadableReason } from "./readDocxPackage.ts";
import { type DocxParagraph, type DocxSection, type PartContent, readParagraphs } from "./readParagraphs.ts";
import { readStyles, type StyleSheet } from "./readStyles.ts";
import { segmentsOf } from "./segmentsOf.ts";

/**
 * Options of {@link lintDocx}: the language of the messages, or your own i18next instance.
 *
 * @example
 * ```ts
 * const options: LintDocxOptions = { lang: "en" };
 * ```
 */
export type LintDocxOptions = LanguageOptions;

/**
 * What {@link lintDocx} returns: `ok` when no issue is an error, and every issue found.
 *
 * @example
 * ```ts
 * const { ok, issues }: LintDocxResult = lintDocx(bytes);
 * ```
 */
export interface LintDocxResult {
  readonly ok: boolean;
  readonly issues: readonly Issue[];
}

const isOn = (element: XmlElement | undefined): boolean =>
  element !== undefined && !/^(?:0|false|off)$/iu.test(element.attrs["w:val"] ?? "");

/** The header and footer parts each section references, by part name. */
const headerFooterParts = (docx: DocxPackage, sections: readonly DocxSection[]): string[] => {
  const names = new Set<string>();
  for (const section of sections) {
    for (const reference of [
      ...childrenOf(section.properties, "w:headerReference"),
      ...childrenOf(section.properties, "w:footerReference"),
    ]) {
      const target = docx.relationships.get(reference.attrs["r:id"] ?? "")?.target;
      if (target !== undefined) names.add(target);
    }
  }
  return [...names];
};

/**
 * The header and footer shown on page 1: those of the first section's first page when it sets `w:titlePg`
 * (none when it has no such reference), else its default ones.
 */
const firstPageParts = (docx: DocxPackage, first: DocxSection | undefined): string[] => {
  const type = isOn(childOf(first?.properties, "w:titlePg")) ? "first" : "default";
  return [
    ...childrenOf(first?.properties, "w:headerReference"),
    ...childrenOf(first?.properties, "w:footerReference"),
  ].flatMap((reference) => {
    if ((reference.attrs["w:type"] ?? "default") !== type) return [];
    const target = docx.relationships.get(reference.attrs["r:id"] ?? "")?.target;
    return target === undefined ? [] : [target];
  });
};

const toBytes = (input: unknown): Uint8Array | undefined => {
  try {
    if (input instanceof Uint8Array) return input;
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } catch {}
  return undefined;
};

const translatorOf = (options: LintDocxOptions): Translate => {
  try {
    return createTranslator(options);
  } catch (cause) {
    throw new TemplateError(
      templateErrorCodes.invalidInput,
      `The options of lintDocx cannot be used: ${describeValue(cause)}; pass { lang: "vi" } or { lang: "en" }, and an i18next instance as i18n if any`,
      { cause },
    );
  }
};

const unreadable = (t: Translate, reason: UnreadableReason | "not-bytes" | "unexpected"): LintDocxResult => ({
  ok: false,
  issues: [createIssue(t, "docx.unreadable", [], { reason })],
});

const refused = (t: Translate, problem: PartProblem): Issue =>
  createIssue(t, problem.code, [problem.part], problem.params);

const lintPackage = (t: Translate, docx: DocxPackage, options: LintDocxOptions): Issue[] => {
  const themeName = [...docx.relationships.values()].find((rel) => rel.type === "theme")?.target;
  const stylesName = [...docx.relationships.values()].find((rel) => rel.type === "styles")?.target;
  const sheet: StyleSheet = readStyles(
    docx.part(stylesName ?? "word/styles.xml"),
    docx.part(themeName ?? "word/theme/theme1.xml"),
  );
  // Formats resolved without a refused styles or theme part would be guesses: the rules that read them are not run.
  const formatsKnown = docx.problems().length === 0;
  const main = readParagraphs(docx.document, docx.documentName, sheet);
  const others = new Map<string, PartContent>();
  for (const name of headerFooterParts(docx, main.sections)) {
    const root = docx.part(name);
    if (root !== undefined) others.set(name, readParagraphs(root, name, sheet));
  }
  const allParagraphs: DocxParagraph[] = [
    ...main.paragraphs,
    ...[...others.values()].flatMap((content) => content.paragraphs),
  ];

  const issues: Issue[] = lintSections(t, main.sections, main.paragraphs, docx.documentName);
  const firstPage = firstPageParts(docx, main.sections[0]).flatMap((name) => others.get(name) ?? []);
  for (const { part, hasPageField } of firstPage) {
    if (hasPageField) issues.push(createIssue(t, "nd30.page-number.first-page", [part], { part }));
  }
  if (formatsKnown) issues.push(...lintFonts(t, allParagraphs));

  // Some clerks type the Quốc hiệu and the date in the first page's header: it is read after the body.
  const segments = segmentsOf([...main.paragraphs, ...firstPage.flatMap((content) => content.paragraphs)]);
  const header = lintHeaderText(t, segments, options, docx.documentName);
  issues.push(...header.issues);
  const hasKinhGui = segments.some((segment) => /^Kính gửi(?!\p{L})/u.test(segment.text));
  const copies = lintCopies(t, main.paragraphs, hasKinhGui, options, docx.documentName);
  // A header typed without a table, and a công văn's «V/v» line under it, are not body text.
  const headerEnd = header.lastParagraph?.index ?? -1;
  const subjects = new Set(segments.filter((s) => /^V\/v(?!\p{L})/u.test(s.text)).map((s) => s.paragraph));
  const notBody = new Set([
    ...copies.paragraphs,
    ...subjects,
    ...main.paragraphs.filter((paragraph) => paragraph.index <= headerEnd),
  ]);
  if (formatsKnown) issues.push(...lintBodySize(t, main.paragraphs, notBody));
  issues.push(...copies.issues);
  return [...docx.problems().map((problem) => refused(t, problem)), ...issues];
};

/**
 * Checks any .docx (one of ours, or one typed by hand in Word) against Decree 30/2020/NĐ-CP and returns its issues,
 * each with its rule id, severity, legal basis, message and location (`path`: part name and paragraph index, or
 * part and section; `params`: `part`, `paragraph` and a short `excerpt` of the text). Checked:
 *
 * - each section: A4 paper, portrait, margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm (Phụ lục I,
 *   Phần I, mục I); landscape only for a table in the body: a landscape appendix holding a table (a section that
 *   opens with «Phụ lục …» or restarts the page numbers) is a warning, a landscape section without a table an error;
 * - the font of every run, resolved through styles, `docDefaults` and the theme: Times New Roman, one issue per
 *   other font with a count;
 * - the body's size, 13-14 pt (justified or left paragraphs outside tables, «Nơi nhận» aside);
 * - the Quốc hiệu and Tiêu ngữ as printed by the decree; the «Số: …» and date lines with `parseDocumentNumber`
 *   and `lintDateLine` of @xhht/domain;
 * - no page number on page 1;
 * - «Nơi nhận» bold italic 12 pt, its lines 11-12 pt and as `lintRecipientList` wants them.
 *
 * Reads the package with fflate and a small XML reader of its own: no DOM, no Node built-ins. Only the parts the
 * rules need are inflated, within a budget of 64 MB and 2 000 000 XML elements; doctype entities are never expanded.
 * Never throws for the bytes: bytes that are not a .docx give one `docx.unreadable` issue; a part over the budget
 * gives `docx.too-large`, one whose bytes are not what the zip declares (size, CRC-32, cut short)
 * `docx.corrupt-part`, and the rules that need that part are not run; options it cannot use are refused with a
 * {@link TemplateError} `templates.invalid-input`.
 *
 * @example
 * ```ts
 * import { lintDocx, renderOfficialLetter } from "@xhht/templates";
 *
 * lintDocx(await renderOfficialLetter(letter)).issues; // []
 * lintDocx(await readFile("typed-in-word.docx"), { lang: "en" }).issues.map((issue) => issue.code);
 * // ["nd30.page.margin-left", "nd30.font.family", "nd30.date-line.leading-zero"]
 * ```
 */
export const lintDocx = (bytes: Uint8Array | ArrayBuffer, options: LintDocxOptions = {}): LintDocxResult => {
  const t = translatorOf(options);
  const data = toBytes(bytes);
  if (data === undefined) return unreadable(t, "not-bytes");
  try {
    const opened = readDocxPackage(data);
    if (!opened.ok) {
      return opened.problem === undefined
        ? unreadable(t, opened.reason)
        : { ok: false, issues: [refused(t, opened.problem)] };
    }
    const issues = lintPackage(t, opened.docx, options);
    return { ok: !issues.some((issue) => issue.severity === "error"), issues };
  } catch {
    return unreadable(t, "unexpected");
  }
};
