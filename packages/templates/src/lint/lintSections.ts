import { createIssue, type Issue, type Translate } from "@xhht/domain";

import { mmOf, nd30Limits, twipsOf } from "./nd30Limits.ts";
import { childOf } from "./parseXml.ts";
import type { DocxSection } from "./readParagraphs.ts";

const twips = (value: string | undefined): number => {
  const number = Number.parseInt(value ?? "", 10);
  return Number.isFinite(number) ? number : Number.NaN;
};

const shown = (value: number): number | string => (Number.isFinite(value) ? mmOf(value) : "?");

/**
 * The page checks of each section (Phụ lục I, Phần I, mục I): A4 paper, portrait (a landscape section that holds a
 * table is a warning, any other an error), and the four margins within their ranges. Margins of a landscape
 * section are not checked: the decree gives them for portrait pages.
 */
export const lintSections = (t: Translate, sections: readonly DocxSection[], part: string): Issue[] => {
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
      issues.push(
        createIssue(t, section.hasTable ? "nd30.page.landscape-table" : "nd30.page.orientation", path, {
          section: number,
        }),
      );
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
      const low = twipsOf(min) - margins.tolerance;
      const high = twipsOf(max) + margins.tolerance;
      if (!(value >= low && value <= high)) {
        issues.push(createIssue(t, rule, path, { section: number, found: shown(value), min, max }));
      }
    }
  }
  return issues;
};
