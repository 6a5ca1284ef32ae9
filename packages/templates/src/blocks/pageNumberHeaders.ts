import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from "docx";
import { runStyle } from "../docx/runStyle.ts";
import { runOptions } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";

/**
 * The page-number headers (Phụ lục I, Phần I, số trang): Arabic numerals, centred in the top margin, from page 2
 * on. Page 1 gets an empty header; the section must set `titlePage` for Word to use it. A section that goes on with
 * the previous one's pages (`withFirst` false) has no title page, so no first-page header.
 */
export const pageNumberHeaders = (withFirst = true): { readonly default: Header; readonly first?: Header } => {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ ...runOptions(runStyle(nd30Profile.pageNumber.size.value)), children: [PageNumber.CURRENT] }),
          ],
        }),
      ],
    }),
    // An empty paragraph, as Word itself writes for an empty header.
    ...(withFirst ? { first: new Header({ children: [new Paragraph({ children: [] })] }) } : {}),
  };
};
