import { createIssue, type Issue, type Translate } from "@xhht/domain";
import { isVisible, sizesOutside } from "./lintFonts.ts";
import { locationOf } from "./locationOf.ts";
import { nd30Limits } from "./nd30Limits.ts";
import type { DocxParagraph } from "./readParagraphs.ts";

/** An ISO 8601 date and time, with its offset if any: «2020-09-18T15:04:05+07:00». */
const isoDateTime = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?(?![\d:])/u;
/** How many non-blank paragraphs at the top of a section the line is looked for in. */
const topParagraphs = 3;
const rightAlignments = new Set(["right", "end"]);

/**
 * The information lines of a digital signature at the top of a section: among the first three non-blank paragraphs
 * of each section of the main document, outside tables, those holding an ISO 8601 date and time.
 *
 * @example
 * ```ts
 * signatureInfoLinesOf(paragraphs)[0]?.text; // "1850/QĐ-UBND\n2020-09-18T15:04:05+07:00"
 * ```
 */
export const signatureInfoLinesOf = (paragraphs: readonly DocxParagraph[]): DocxParagraph[] => {
  const found: DocxParagraph[] = [];
  const seen = new Map<number, number>();
  for (const paragraph of paragraphs) {
    if (paragraph.cell !== undefined || paragraph.inTextBox || !isVisible(paragraph.text)) continue;
    const count = seen.get(paragraph.section) ?? 0;
    if (count >= topParagraphs) continue;
    seen.set(paragraph.section, count + 1);
    if (isoDateTime.test(paragraph.text)) found.push(paragraph);
  }
  return found;
};

/**
 * The information line of the organisation's digital signature on an attachment (Phụ lục I, Phần I, mục II.8.b:
 * «Vị trí: góc trên, bên phải, trang đầu của văn bản kèm theo … Thông tin: số và ký hiệu văn bản; thời gian ký (ngày
 * tháng năm; giờ phút giây; múi giờ Việt Nam theo tiêu chuẩn ISO 8601) … cỡ chữ 10»), where it can be recognised: a
 * paragraph at the top of a section holding an ISO 8601 date and time. Not right-aligned: `…info-position`; text
 * other than 10 pt: `…info-size`; an offset other than «+07:00» (or none): `…info-time-zone`.
 */
export const lintSignatureInfo = (t: Translate, lines: readonly DocxParagraph[]): Issue[] => {
  const issues: Issue[] = [];
  const { min, max } = nd30Limits.signatureInfoSize;
  for (const line of lines) {
    const { path, params } = locationOf(line);
    if (!rightAlignments.has(line.alignment)) {
      issues.push(
        createIssue(t, "nd30.digital-signature.info-position", path, { ...params, alignment: line.alignment }),
      );
    }
    for (const [size] of sizesOutside([line], min, max)) {
      issues.push(createIssue(t, "nd30.digital-signature.info-size", path, { ...params, size }));
    }
    const zone = isoDateTime.exec(line.text)?.[1] ?? "";
    if (zone !== "+07:00" && zone !== "+0700") {
      issues.push(createIssue(t, "nd30.digital-signature.info-time-zone", path, { ...params, zone: zone || "—" }));
    }
  }
  return issues;
};
