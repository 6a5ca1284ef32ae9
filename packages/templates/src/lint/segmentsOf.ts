import type { DocxParagraph } from "./readParagraphs.ts";

/** A piece of a paragraph between tabs and line breaks, trimmed: where a hand-typed line lives. */
export interface Segment {
  readonly text: string;
  readonly paragraph: DocxParagraph;
}

/** Zero-width and other format characters (U+200B, U+FEFF, …): Word keeps them, a reader never sees them. */
const invisible = /\p{Cf}/gu;

/**
 * The non-blank pieces of each paragraph's text between tabs and line breaks, NFC, in order. A header typed
 * without a table («Số: 12/UBND-VP\tHà Nội, ngày …») yields one segment per component.
 */
export const segmentsOf = (paragraphs: readonly DocxParagraph[]): Segment[] =>
  paragraphs.flatMap((paragraph) =>
    paragraph.text
      .normalize("NFC")
      .split(/[\t\n]+/u)
      .map((text) =>
        text
          .replace(invisible, "")
          .replace(/\u00A0/gu, " ")
          .trim(),
      )
      .filter((text) => text.length > 0)
      .map((text) => ({ text, paragraph })),
  );
