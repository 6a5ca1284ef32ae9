import { AlignmentType, Header, LineRuleType, PageNumber, Paragraph, TextRun } from "docx";
import { nd30Profile } from "./nd30Profile.ts";
import { runStyle } from "./runStyle.ts";

/**
 * The page-number headers (Phụ lục I, Phần I, số trang): Arabic numerals, centred in the top margin, from page 2
 * on. Page 1 gets an empty header; the section must set `titlePage` for Word to use it.
 */
export const pageNumberHeaders = (): { readonly default: Header; readonly first: Header } => {
  const spacing = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing,
          children: [new TextRun({ ...runStyle(nd30Profile.pageNumber.size.value), children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
    // An empty paragraph, as Word itself writes for an empty header.
    first: new Header({ children: [new Paragraph({ spacing, children: [] })] }),
  };
};
