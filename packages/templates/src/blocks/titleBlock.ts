import { AlignmentType, LineRuleType, Paragraph } from "docx";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { longestLineWidth } from "../text/longestLineWidth.ts";
import { ruleParagraph } from "./ruleParagraph.ts";

/**
 * The type name and trích yếu of a typed document (Phụ lục I, Phần I, mục II.5.b; cell 5a), centred across the
 * text width: the type name in upper case, bold 14 pt; the trích yếu right under it, bold 14 pt; a solid line
 * under the trích yếu 1/3 to 1/2 as long as its longest line.
 */
export const titleBlock = (typeName: string, subject: string): Paragraph[] => {
  const { title, page } = nd30Profile;
  const width = page.textWidth.value;
  const line = (text: string, size: number, before: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: textRuns(text, runStyle(size, { bold: true })),
    });
  const subjectStyle = { size: title.subjectSize.value, bold: true };
  const ruleLength = Math.round((longestLineWidth(subject, width, subjectStyle) * title.ruleShare.value) / 100);
  return [
    line(typeName.toLocaleUpperCase("vi"), title.typeNameSize.value, title.spacingBefore.value),
    line(subject, title.subjectSize.value, 0),
    ruleParagraph(ruleLength, width, title.spacingAfter.value),
  ];
};
