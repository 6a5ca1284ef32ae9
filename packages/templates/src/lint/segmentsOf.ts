import type { DocxParagraph } from "./readParagraphs.ts";
import { shownText } from "./shownText.ts";

/** A piece of a paragraph between tabs and line breaks, trimmed: where a hand-typed line lives. */
export interface Segment {
  readonly text: string;
  readonly paragraph: DocxParagraph;
}

/**
 * The non-blank pieces of each paragraph's text between tabs and line breaks, NFC, in order. A header typed
 * without a table («Số: 12/UBND-VP\tHà Nội, ngày …») yields one segment per component.
 */
export const segmentsOf = (paragraphs: readonly DocxParagraph[]): Segment[] =>
  paragraphs.flatMap((paragraph) =>
    paragraph.text
      .normalize("NFC")
      .split(/[\t\n]+/u)
      .map(shownText)
      .filter((text) => text.length > 0)
      .map((text) => ({ text, paragraph })),
  );
