import { createIssue, type Issue, type Translate } from "@xhht/domain";
import type { PageField } from "./pageFieldsOf.ts";
import type { ShownPart } from "./shownPartsOf.ts";

/** A shown header or footer part and the alignment of each page number it holds. */
export interface NumberedPart extends ShownPart {
  readonly pageFields: readonly PageField[];
}

/**
 * The page numbers (Phụ lục I, Phần I, mục I: «được đặt canh giữa theo chiều ngang trong phần lề trên của văn bản,
 * không hiển thị số trang thứ nhất»): none on page 1 (`nd30.page-number.first-page`); a document of two pages or
 * more numbers its later pages (`nd30.page-number.missing`); each number sits in a header, centred
 * (`nd30.page-number.position`; one in a text box of a header is not judged for its alignment).
 */
export const lintPageNumbers = (
  t: Translate,
  parts: readonly NumberedPart[],
  pages: number,
  documentPart: string,
): Issue[] => {
  const issues: Issue[] = [];
  for (const part of parts) {
    if (part.onFirstPage && part.pageFields.length > 0) {
      issues.push(createIssue(t, "nd30.page-number.first-page", [part.name], { part: part.name }));
    }
  }
  if (pages >= 2 && !parts.some((part) => part.onLaterPages && part.pageFields.length > 0)) {
    issues.push(createIssue(t, "nd30.page-number.missing", [documentPart], { pages }));
  }
  for (const part of parts) {
    // A text box in a header is placed on its own: where, the paragraph inside it does not say.
    const misplaced = part.pageFields.find(
      (field) => part.kind !== "header" || (field.alignment !== "center" && !field.inTextBox),
    );
    if (misplaced !== undefined) {
      const { alignment } = misplaced;
      issues.push(createIssue(t, "nd30.page-number.position", [part.name], { part: part.name, alignment }));
    }
  }
  return issues;
};
