import { BorderStyle, LineRuleType, Paragraph } from "docx";
import { nd30Profile } from "../nd30Profile.ts";

/**
 * A solid horizontal line `length` twips long, centred in a space `available` twips wide: an empty paragraph,
 * one point high, with a top border and equal left and right indents. No underscores, no drawing. `after` is the
 * space below the line, in twips.
 */
export const ruleParagraph = (length: number, available: number, after = 0): Paragraph => {
  const drawn = Math.max(0, Math.min(length, available));
  const indent = Math.floor((available - drawn) / 2);
  const { ruleThickness, ruleParagraphHeight, ruleGap } = nd30Profile.header;
  return new Paragraph({
    border: {
      top: { style: BorderStyle.SINGLE, size: ruleThickness.value, color: nd30Profile.font.color.value, space: 0 },
    },
    indent: { left: indent, right: indent },
    spacing: { before: ruleGap.value, after, line: ruleParagraphHeight.value, lineRule: LineRuleType.EXACT },
    children: [],
  });
};
