import { createIssue, type Issue, type Translate } from "@xhht/domain";
import { isVisible, sizesOutside } from "./lintFonts.ts";
import { locationOf } from "./locationOf.ts";
import { nd30Limits } from "./nd30Limits.ts";
import type { DocxParagraph } from "./readParagraphs.ts";
import type { ShownPart } from "./shownPartsOf.ts";

/**
 * A label of the address line, followed by a colon: «Địa chỉ:», «ĐT:», «Điện thoại:», «Fax:», «Email:», «E-mail:»,
 * «Website:», «Thư điện tử:», «Trang thông tin điện tử:», «Tel:».
 */
const contactLabel =
  /(?:^|[\s;,.|/–-])(?:Địa chỉ|Điện thoại|ĐT|Tel|Fax|E-?mail|Website|Thư điện tử|Trang thông tin điện tử)\s*:/iu;

/**
 * Whether a paragraph reads as an address line (cell 14): it holds one of its labels followed by a colon.
 *
 * @example
 * ```ts
 * isContactLine("Địa chỉ: 35 Đại Cồ Việt, Hà Nội; Điện thoại: 024.3869 5144"); // true
 * ```
 */
export const isContactLine = (text: string): boolean => contactLabel.test(text.normalize("NFC"));

/** A footer part the document shows, with its paragraphs. */
export interface ShownFooter extends ShownPart {
  readonly paragraphs: readonly DocxParagraph[];
}

/**
 * The address line (Phụ lục I, Phần I, mục III.4: «được trình bày tại ô số 13 … ở trang thứ nhất của văn bản, bằng
 * chữ in thường, cỡ chữ từ 11 đến 12, kiểu chữ đứng»), read in the footers the document shows: a footer paragraph holding «Địa chỉ:», «Điện
 * thoại:», «Fax:», «Email:» or «Website:». Such a footer shown on a page after page 1 (of a document of two pages or
 * more, as `docProps/app.xml` or its page and section breaks tell) is `nd30.contact.first-page`;
 * its text outside 11-12 pt is `nd30.contact.size`, italic text `nd30.contact.style`. An address line typed in the
 * body rather than a footer is not looked for.
 */
export const lintContact = (t: Translate, footers: readonly ShownFooter[], pages: number): Issue[] => {
  const issues: Issue[] = [];
  for (const footer of footers) {
    const lines = footer.paragraphs.filter((paragraph) => isContactLine(paragraph.text));
    const [first] = lines;
    if (first === undefined) continue;
    // A one-page document shows its default footer on page 1 only: the line is where the decree wants it.
    if (footer.onLaterPages && pages >= 2) {
      const { path, params } = locationOf(first);
      issues.push(createIssue(t, "nd30.contact.first-page", path, params));
    }
    const { min, max } = nd30Limits.contactSize;
    for (const [size, { count, first: at }] of sizesOutside(lines, min, max)) {
      const { path, params } = locationOf(at);
      issues.push(createIssue(t, "nd30.contact.size", path, { ...params, size, count }));
    }
    const italic = lines.find((line) => line.runs.some((run) => run.format.italic && isVisible(run.text)));
    if (italic !== undefined) {
      const { path, params } = locationOf(italic);
      issues.push(createIssue(t, "nd30.contact.style", path, params));
    }
  }
  return issues;
};
