import type { Segment } from "./segmentsOf.ts";

/**
 * What a .docx is, as {@link lintDocx} recognised it: a document with its own header (`document`), one whose number
 * carries its year of issue («Số: 15/2010/QĐ-UBND», `normative`), a text issued with a decision
 * («QUY CHẾ … (Ban hành kèm theo Quyết định số …)», `attachment`) or an appendix («Phụ lục …», `appendix`).
 *
 * @example
 * ```ts
 * const kind: DocxKind | undefined = lintDocx(await renderOfficialLetter(directive2020.letter)).kind; // "document"
 * ```
 */
export type DocxKind = "document" | "normative" | "attachment" | "appendix";

const appendixHeading = /^Phụ\s*lục(?![\p{L}])/iu;
const issuedWith = /^\(?\s*Ban hành kèm theo(?![\p{L}])/iu;
const accompanying = /^\(?\s*Kèm theo(?![\p{L}])/iu;
/** An appendix's «(Kèm theo …)» line comes right under its heading and title. */
const appendixLines = 6;

/**
 * The kind of a document from the opening of its first page (Phụ lục I, Phần I, mục III and the samples of Phụ lục
 * III): an appendix opens with «Phụ lục …», or without a Quốc hiệu has a «(Kèm theo …)» line under its title; a text
 * issued with a decision has «(Ban hành kèm theo …)», or without a number line «(Kèm theo …)», under its title. Neither has a number, date line or «Nơi nhận»;
 * an appendix has no Quốc hiệu either.
 */
export const documentKindOf = (
  header: readonly Segment[],
  opening: readonly Segment[],
  hasNationalTitle: boolean,
  hasNumberLine: boolean,
): "document" | "attachment" | "appendix" => {
  const first = opening[0]?.text ?? "";
  if (appendixHeading.test(first)) return "appendix";
  if (!hasNationalTitle && opening.slice(0, appendixLines).some((segment) => accompanying.test(segment.text))) {
    return "appendix";
  }
  const attached = header.some(
    (segment) => issuedWith.test(segment.text) || (!hasNumberLine && accompanying.test(segment.text)),
  );
  return attached ? "attachment" : "document";
};
