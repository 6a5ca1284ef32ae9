import { AlignmentType, LineRuleType, Paragraph } from "docx";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";

/** What an appendix's heading prints. */
export interface AppendixHeadingContent {
  /** «Phụ lục» alone, or «Phụ lục I», «Phụ lục II» when the document has several. */
  readonly label: string;
  /** The appendix's title, printed upper case. */
  readonly title: string;
  /** «(Kèm theo Quyết định số 1850/QĐ-UBND ngày 18 tháng 9 năm 2020 của …)», printed as given. */
  readonly attachedTo: string;
}

/**
 * The heading of an appendix (Phụ lục I, Phần I, mục III.1.b-c): «Phụ lục» and its number on their own line,
 * bold 14 pt; the title under it, upper case, bold; the «(Kèm theo …)» line in italics, all centred.
 */
export const appendixHeading = (content: AppendixHeadingContent): Paragraph[] => {
  const { appendix } = nd30Profile;
  const line = (text: string, size: number, style: { bold?: boolean; italics?: boolean }, after = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 0, after, line: 240, lineRule: LineRuleType.AUTO },
      children: textRuns(text, runStyle(size, style)),
    });
  return [
    line(content.label, appendix.headingSize.value, { bold: true }),
    line(content.title.toLocaleUpperCase("vi"), appendix.titleSize.value, { bold: true }),
    line(content.attachedTo, appendix.attachedToSize.value, { italics: true }, appendix.spacingAfter.value),
  ];
};
