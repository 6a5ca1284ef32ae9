import type { LetterBlock } from "@xhht/domain";
import { AlignmentType, LineRuleType, Paragraph } from "docx";
import { nd30Texts } from "../data/nd30Texts.ts";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";

/**
 * The body (Phụ lục I, cell 6): justified, first line indented, spaced paragraphs. A heading prints «1. Title»
 * in bold, a point «a) text» upright, a bullet «- text»; labels are text, never Word numbering.
 */
export const bodyBlocks = (blocks: readonly LetterBlock[]): Paragraph[] => {
  const { size, firstLineIndent, spacingBefore, lineSpacing } = nd30Profile.body;
  return blocks.map((block) => {
    const text =
      block.type === "paragraph"
        ? block.text
        : block.type === "bullet"
          ? `${nd30Texts.listDash}${block.text}`
          : `${block.label} ${block.text}`;
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: firstLineIndent.value },
      spacing: { before: spacingBefore.value, after: 0, line: lineSpacing.value, lineRule: LineRuleType.AUTO },
      children: textRuns(text, runStyle(size.value, { bold: block.type === "heading" })),
    });
  });
};
