import { createIssue, type Issue, type Translate } from "@xhht/domain";
import { isVisible } from "./lintFonts.ts";
import { locationOf } from "./locationOf.ts";
import type { DocxParagraph } from "./readParagraphs.ts";

/** The urgency stamps, printed in bright red by the decree's own rule (Phụ lục I, Phần I, mục II.10.b). */
const urgencyStamp = /^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)(?:\s+HẸN GIỜ)?$/u;
/** `auto` is the reader's default, black on white paper. */
const isBlack = (color: string): boolean => /^(?:auto|0{6})$/iu.test(color);
/** A template's mail-merge field, red to be seen and filled in: «- {{to_chuc_nhan}};». */
const mergeFields = /\{\{[^{}\n]{0,60}\}\}|«[^«»\n]{1,60}»/gu;
const isOnlyFields = (text: string): boolean => {
  const rest = text.replace(mergeFields, "");
  return rest !== text && !/\p{L}/u.test(rest);
};

/**
 * The colour of the text (Phụ lục I, Phần I, mục I: «màu đen»): every run of visible text of the body black, as its
 * own `w:color` or its styles set it (`auto` and 000000 are black). An urgency stamp («HỎA TỐC», «KHẨN»), red by
 * rule, and a template's lines of mail-merge fields are left out. One issue per colour, with how many runs use it and where the first one is.
 */
export const lintColors = (t: Translate, paragraphs: readonly DocxParagraph[]): Issue[] => {
  const found = new Map<string, { count: number; first: DocxParagraph }>();
  for (const paragraph of paragraphs) {
    const text = paragraph.text.normalize("NFC").trim();
    if (urgencyStamp.test(text) || isOnlyFields(text)) continue;
    for (const run of paragraph.runs) {
      if (!isVisible(run.text) || isBlack(run.format.color) || isOnlyFields(run.text)) continue;
      const color = run.format.color.toUpperCase();
      const entry = found.get(color);
      if (entry === undefined) found.set(color, { count: 1, first: paragraph });
      else entry.count += 1;
    }
  }
  return [...found].map(([color, { count, first }]) => {
    const { path, params } = locationOf(first);
    return createIssue(t, "nd30.font.color", path, { ...params, color, count });
  });
};
