import { createIssue, type Issue, type Translate } from "@xhht/domain";

import { mmToTwip } from "../docx/units.ts";
import { mmOf, nd30Limits } from "./nd30Limits.ts";
import { childOf } from "./parseXml.ts";
import type { DocxParagraph, DocxSection } from "./readParagraphs.ts";

const twips = (value: string | undefined): number => {
  const number = Number.parseInt(value ?? "", 10);
  return Number.isFinite(number) ? number : Number.NaN;
};

const shown = (value: number): number | string => (Number.isFinite(value) ? mmOf(value) : "?");

/** «Phụ lục», «PHỤ LỤC», «Phụ lục I», «Phụ lục số 01»: how an appendix's heading begins (mục III.1.b). */
const appendixLabel = /^phụ\s*lục(?![\p{L}\p{N}])/iu;

/**
 * Whether a section is an appendix on its own pages (Phụ lục I, Phần I, mục III.1): its first line of text (outside
 * text boxes) begins with «Phụ lục», or it restarts the page numbers (mục III.1.đ: each appendix is numbered on its
 * own). A section that does neither goes on with the document's body.
 */
const isAppendix = (section: DocxSection, paragraphs: readonly DocxParagraph[]): boolean => {
  const restarts = section.index > 0 && childOf(section.properties, "w:pgNumType")?.attrs["w:start"] !== undefined;
  const first = paragraphs.find(
    (paragraph) => paragraph.section === section.index && !paragraph.inTextBox && paragraph.text.trim() !== "",
  );
  return restarts || appendixLabel.test(first?.text.normalize("NFC").trim() ?? "");
};

/**
 * The page checks of each section (Phụ lục I, Phần I, mục I): A4 paper, portrait, and the four margins within their
 * ranges. The decree lets a document whose tables and charts are not made into separate appendices be laid out
 * landscape («Trường hợp nội dung văn bản có các bảng, biểu nhưng không được làm thành các phụ lục riêng thì văn bản
 * có thể được trình bày theo chiều ngang của trang giấy»): a landscape section of the body holding a table is fine; a
 * landscape appendix holding one is a warning (`nd30.page.landscape-table`); a landscape section without a table is
 * an error (`nd30.page.orientation`). Margins of a landscape section are not checked: the decree gives them for
 * portrait pages.
 */
export const lintSections = (
  t: Translate,
  sections: readonly DocxSection[],
  paragraphs: readonly DocxParagraph[],
  part: string,
): Issue[] => {
  const issues: Issue[] = [];
  const { paper, margins } = nd30Limits;
  for (const section of sections) {
    const number = section.index + 1;
    const path = [part, "sections", section.index];
    const size = childOf(section.properties, "w:pgSz");
    const width = twips(size?.attrs["w:w"]);
    const height = twips(size?.attrs["w:h"]);
    const short = Math.min(width, height);
    const long = Math.max(width, height);
    if (!(Math.abs(short - paper.width) <= paper.tolerance && Math.abs(long - paper.height) <= paper.tolerance)) {
      issues.push(
        createIssue(t, "nd30.page.size", path, { section: number, width: shown(width), height: shown(height) }),
      );
    }
    const landscape = size?.attrs["w:orient"] === "landscape" || width > height;
    if (landscape) {
      if (!section.hasTable) issues.push(createIssue(t, "nd30.page.orientation", path, { section: number }));
      else if (isAppendix(section, paragraphs)) {
        issues.push(createIssue(t, "nd30.page.landscape-table", path, { section: number }));
      }
      continue;
    }
    const margin = childOf(section.properties, "w:pgMar");
    const gutter = twips(margin?.attrs["w:gutter"]);
    const found = {
      top: Math.abs(twips(margin?.attrs["w:top"])),
      bottom: Math.abs(twips(margin?.attrs["w:bottom"])),
      left: twips(margin?.attrs["w:left"]) + (Number.isFinite(gutter) ? gutter : 0),
      right: twips(margin?.attrs["w:right"]),
    };
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const { min, max, rule } = margins[side];
      const value = found[side];
      const low = mmToTwip(min) - margins.tolerance;
      const high = mmToTwip(max) + margins.tolerance;
      if (!(value >= low && value <= high)) {
        issues.push(createIssue(t, rule, path, { section: number, found: shown(value), min, max }));
      }
    }
  }
  return issues;
};
