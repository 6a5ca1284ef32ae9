import type { DocxParagraph } from "./readParagraphs.ts";

/** How far the first page's header reaches, in non-blank paragraphs, when nothing ends it sooner. */
const headerLimit = 20;
/** How far a «Kính gửi» may sit from the top: right under the header, never pages later. */
const openingLimit = 40;

/** The first line of the body, which ends the header: «Kính gửi», «Căn cứ», «Điều 1.», «Phụ lục». */
const bodyStart = /^(?:Kính gửi|Căn cứ|Điều\s+\d|Phụ\s*lục)(?![\p{L}])/iu;
const copiesHeading = /^Nơi nhận(?![\p{L}])/u;

const firstLine = (paragraph: DocxParagraph): string =>
  paragraph.text
    .normalize("NFC")
    .replace(/\p{Cf}/gu, "")
    .trim();

/** The first page's two blocks the header rules read (Phụ lục I, Phần I, mục II.1-II.5, II.9.a). */
export interface HeaderBlock {
  /** Quốc hiệu, issuing body, number, date line and title: up to the first body line, at most 20 paragraphs. */
  readonly header: readonly DocxParagraph[];
  /** The header and the opening of the body, where a «Kính gửi» goes: up to «Nơi nhận», at most 40 paragraphs. */
  readonly opening: readonly DocxParagraph[];
}

/**
 * The paragraphs of the main document's first section that the header rules read: a «Số …» in a table on page 20
 * or a «Kính gửi» in an appendix's form is not the document's number or addressee.
 */
export const headerBlockOf = (paragraphs: readonly DocxParagraph[]): HeaderBlock => {
  const header: DocxParagraph[] = [];
  const opening: DocxParagraph[] = [];
  let headerOpen = true;
  let seen = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.section !== 0) break;
    const text = firstLine(paragraph);
    if (text === "") continue;
    seen += 1;
    if (seen > openingLimit || copiesHeading.test(text)) break;
    if (seen > headerLimit || (paragraph.cell === undefined && bodyStart.test(text))) headerOpen = false;
    if (headerOpen) header.push(paragraph);
    opening.push(paragraph);
  }
  return { header, opening };
};
