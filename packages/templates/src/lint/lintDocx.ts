import {
  createDocxTranslator,
  createIssue,
  type Issue,
  type LanguageOptions,
  type Result,
  type Translate,
} from "@xhht/domain";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { describeValue } from "../input/describeValue.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import type { DocxKind } from "./documentKindOf.ts";
import { headerBlockOf } from "./headerBlockOf.ts";
import { lintColors } from "./lintColors.ts";
import { lintContact } from "./lintContact.ts";
import { lintCopies } from "./lintCopies.ts";
import { lintBodySize, lintFonts } from "./lintFonts.ts";
import { lintHeaderText } from "./lintHeaderText.ts";
import { lintPageNumbers } from "./lintPageNumbers.ts";
import { lintSections } from "./lintSections.ts";
import { lintSignatureInfo, signatureInfoLinesOf } from "./lintSignatureInfo.ts";
import { lintSigner, signerBlockOf } from "./lintSigner.ts";
import { pageCountOf } from "./pageCountOf.ts";
import { pageFieldsOf } from "./pageFieldsOf.ts";
import { type DocxPackage, type PartProblem, readDocxPackage, type UnreadableReason } from "./readDocxPackage.ts";
import { type DocxParagraph, type PartContent, readParagraphs } from "./readParagraphs.ts";
import { readStyles, type StyleSheet } from "./readStyles.ts";
import { segmentsOf } from "./segmentsOf.ts";
import { shownPartsOf } from "./shownPartsOf.ts";

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
 * What {@link lintDocx} read in a .docx: what the document was recognised as (`kind`), which decides the header rules
 * it is held to.
 *
 * @example
 * ```ts
 * const linted: LintedDocx | undefined = lintDocx(await renderOfficialLetter(directive2020.letter)).value;
 * linted; // { kind: "document" }
 * ```
 */
export interface LintedDocx {
  readonly kind: DocxKind;
}

/**
 * What {@link lintDocx} returns, the SDK's one `{ ok, value, issues }` shape (`Result` of @xhht/domain): `ok` when no
 * issue is an error, `value` what was read in the file (`undefined` when it could not be opened as a .docx), and every
 * issue found.
 *
 * @example
 * ```ts
 * const { ok, value, issues }: LintDocxResult = lintDocx(await readFile("typed-in-word.docx"));
 * ```
 */
export interface LintDocxResult extends Result<LintedDocx> {
  /**
   * What the document was recognised as; absent when unreadable.
   *
   * @deprecated Read `value.kind`.
   */
  readonly kind?: DocxKind;
}

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
    return createDocxTranslator(options);
  } catch (cause) {
    throw new TemplateError(templateErrorCodes.invalidInput, templateErrorMessages.lintOptions(describeValue(cause)), {
      cause,
    });
  }
};

const unreadable = (t: Translate, reason: UnreadableReason | "not-bytes" | "unexpected"): LintDocxResult => ({
  ok: false,
  value: undefined,
  issues: [createIssue(t, "docx.unreadable", [], { reason })],
});

const refused = (t: Translate, problem: PartProblem): Issue =>
  createIssue(t, problem.code, [problem.part], problem.params);

const lintPackage = (
  t: Translate,
  docx: DocxPackage,
  options: LintDocxOptions,
  recognised: { kind: DocxKind },
): Issue[] => {
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
  const shown = shownPartsOf(docx, main.sections);
  for (const { name } of shown) {
    const root = docx.part(name);
    if (root !== undefined) others.set(name, readParagraphs(root, name, sheet));
  }
  const allParagraphs: DocxParagraph[] = [
    ...main.paragraphs,
    ...[...others.values()].flatMap((content) => content.paragraphs),
  ];

  const issues: Issue[] = lintSections(t, main.sections, main.paragraphs, docx.documentName);
  const firstPage = shown.filter((part) => part.onFirstPage).flatMap(({ name }) => others.get(name) ?? []);
  const numbered = shown.map((part) => ({ ...part, pageFields: pageFieldsOf(docx.part(part.name), sheet) }));
  const pages = pageCountOf(docx);
  issues.push(...lintPageNumbers(t, numbered, pages, docx.documentName));
  if (formatsKnown) issues.push(...lintFonts(t, allParagraphs), ...lintColors(t, main.paragraphs));
  const footers = shown
    .filter((part) => part.kind === "footer")
    .map((part) => ({ ...part, paragraphs: others.get(part.name)?.paragraphs ?? [] }));
  const signatureInfo = signatureInfoLinesOf(main.paragraphs);
  if (formatsKnown) issues.push(...lintContact(t, footers, pages), ...lintSignatureInfo(t, signatureInfo));

  // Some clerks type the Quốc hiệu and the date in the first page's header: it is read after the body.
  // Only page 1's header block is read: a «Số …» in a table on page 20 is not the document's number.
  // A digital signature's line at the top of an attachment is not the start of its header or of an appendix.
  const block = headerBlockOf(main.paragraphs.filter((paragraph) => !signatureInfo.includes(paragraph)));
  const typedInHeader = firstPage.flatMap((content) => content.paragraphs);
  const segments = segmentsOf([...block.header, ...typedInHeader]);
  const opening = segmentsOf([...block.opening, ...typedInHeader]);
  const header = lintHeaderText(t, segments, opening, options, docx.documentName);
  recognised.kind = header.kind;
  issues.push(...header.issues);
  const hasKinhGui = opening.some((segment) => /^Kính gửi(?!\p{L})/u.test(segment.text));
  const withCopies = header.kind === "document" || header.kind === "normative";
  const copies = lintCopies(t, main.paragraphs, hasKinhGui, options, docx.documentName, withCopies);
  // A header typed without a table, and a công văn's «V/v» line under it, are not body text.
  const headerEnd = header.lastParagraph?.index ?? -1;
  const signer = signerBlockOf(main.paragraphs.filter((paragraph) => paragraph.index > headerEnd));
  if (formatsKnown) issues.push(...lintSigner(t, signer));
  // A paragraph holding only the signer's lines (typed after tabs, or centred) is not body text either.
  const signerOnly = [...(signer?.authority ?? []), ...(signer?.title === undefined ? [] : [signer.title])]
    .map((line) => line.paragraph)
    .filter((paragraph) => paragraph.cell === undefined && !copies.paragraphs.has(paragraph));
  const subjects = new Set(segments.filter((s) => /^V\/v(?!\p{L})/u.test(s.text)).map((s) => s.paragraph));
  const notBody = new Set([
    ...copies.paragraphs,
    ...subjects,
    ...signatureInfo,
    ...signerOnly,
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
 * - the colour of the body's text: black (an urgency stamp aside);
 * - what the document is (`value.kind`): a document, a normative one («Số: 15/2010/QĐ-UBND»), a text issued with a
 *   decision («(Ban hành kèm theo Quyết định …)»: no number, date line or «Nơi nhận») or an appendix («Phụ lục …»:
 *   no Quốc hiệu either);
 * - in page 1's header block only (up to «Kính gửi», «Căn cứ», «Điều 1.» or 20 paragraphs): the Quốc hiệu and
 *   Tiêu ngữ as printed by the decree; the «Số: …» and date lines with `parseDocumentNumber` and `lintDateLine` of
 *   @xhht/domain, a draft's blank number, day or month and a template's mail-merge fields accepted;
 * - page numbers: none on page 1, present from page 2 on a document of several pages, centred in the header; only
 *   headers and footers the document shows are read (even-page ones only with `w:evenAndOddHeaders`);
 * - «Nơi nhận»: the words bold italic 12 pt, its lines 11 pt (lines typed with Shift+Enter included) and as
 *   `lintRecipientList` wants them;
 * - the signer's authority lines and title (three-line blocks such as «TM. ỦY BAN NHÂN DÂN» / «KT. CHỦ TỊCH» / «PHÓ
 *   CHỦ TỊCH» included), in a table, typed after tabs beside «Nơi nhận» or centred: a chain the decree allows, upper
 *   case, bold, 13-14 pt;
 * - the address line (Phụ lục I, Phần I, mục III.4), a footer paragraph with «Địa chỉ:», «Điện thoại:», «Fax:»,
 *   «Email:» or «Website:»: on page 1 only, 11-12 pt, upright;
 * - the information line of a digital signature on an attachment (mục II.8.b), a paragraph at the top of a section
 *   holding an ISO 8601 date and time: right-aligned, 10 pt, at +07:00.
 *
 * Reads the package with fflate and a small XML reader of its own: no DOM, no Node built-ins. Only the parts the
 * rules need are inflated, within a budget of 64 MB and 2 000 000 XML elements; doctype entities are never expanded.
 * Returns `{ ok, value, issues }`: `value` is what was read (`{ kind }`), `undefined` when the bytes could not be read
 * as a .docx. Never throws for the bytes: bytes that are not a .docx give one `docx.unreadable` issue; a part over
 * the budget gives `docx.too-large`, one whose bytes are not what the zip declares (size, CRC-32, cut short)
 * `docx.corrupt-part`, and the rules that need that part are not run; options it cannot use are refused with a
 * {@link TemplateError} `templates.invalid-input`.
 *
 * @example
 * ```ts
 * import { directive2020 } from "@xhht/domain";
 * import { lintDocx, renderOfficialLetter } from "@xhht/templates";
 *
 * lintDocx(await renderOfficialLetter(directive2020.letter)); // { ok: true, value: { kind: "document" }, issues: [], kind: "document" }
 * lintDocx(await readFile("typed-in-word.docx"), { lang: "en" }).issues.map((issue) => issue.code);
 * // ["nd30.page.size", "nd30.page.margin-left", "nd30.number.colon"]
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
        : { ok: false, value: undefined, issues: [refused(t, opened.problem)] };
    }
    const recognised: { kind: DocxKind } = { kind: "document" };
    const issues = lintPackage(t, opened.docx, options, recognised);
    const ok = !issues.some((issue) => issue.severity === "error");
    return { ok, value: { kind: recognised.kind }, issues, kind: recognised.kind };
  } catch {
    return unreadable(t, "unexpected");
  }
};
