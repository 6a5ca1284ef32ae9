import { createIssue, type Issue, type Translate } from "@xhht/domain";
import { locationOf } from "./locationOf.ts";
import { nd30Limits } from "./nd30Limits.ts";
import type { DocxParagraph, DocxRun } from "./readParagraphs.ts";

const visibleAscii = /[\u0021-\u007E]/u;
/** Any visible character beyond ASCII: Vietnamese letters, «», dashes; not a zero-width space (U+200B) or joiner. */
const visibleOther = /[^\p{ASCII}\s\p{Cf}]/u;
/** Whether a run prints anything: zero-width and other format characters print nothing, in any font or size. */
export const isVisible = (text: string): boolean => /[^\s\p{Cf}]/u.test(text);

/**
 * The font of every run of visible text (Phụ lục I, Phần I, mục I: Times New Roman): the run's font for ASCII
 * characters and its font for other Latin characters (Vietnamese letters) are each resolved through the styles
 * and the theme. One issue per other font, with how many runs use it and where the first one is.
 */
export const lintFonts = (t: Translate, paragraphs: readonly DocxParagraph[]): Issue[] => {
  const expected = nd30Limits.font.toLowerCase();
  const found = new Map<string, { count: number; first: DocxParagraph }>();
  for (const paragraph of paragraphs) {
    for (const run of paragraph.runs) {
      const fonts = new Set<string>();
      if (visibleAscii.test(run.text)) fonts.add(run.format.asciiFont);
      if (visibleOther.test(run.text)) fonts.add(run.format.hAnsiFont);
      for (const font of fonts) {
        if (font.toLowerCase() === expected) continue;
        const entry = found.get(font);
        if (entry === undefined) found.set(font, { count: 1, first: paragraph });
        else entry.count += 1;
      }
    }
  }
  return [...found].map(([font, { count, first }]) => {
    const { path, params } = locationOf(first);
    return createIssue(t, "nd30.font.family", path, { ...params, font, count });
  });
};

/** Each size outside `[min, max]` points among `paragraphs`' visible runs, with its paragraphs, in order of appearance. */
export const sizesOutside = (
  paragraphs: readonly DocxParagraph[],
  min: number,
  max: number,
  runsOf: (paragraph: DocxParagraph) => readonly DocxRun[] = (paragraph) => paragraph.runs,
): Map<number, { count: number; first: DocxParagraph }> => {
  const found = new Map<number, { count: number; first: DocxParagraph }>();
  for (const paragraph of paragraphs) {
    const sizes = new Set(
      runsOf(paragraph)
        .filter((run) => isVisible(run.text))
        .map((run) => run.format.size / 2),
    );
    for (const size of sizes) {
      if (size >= min && size <= max) continue;
      const entry = found.get(size);
      if (entry === undefined) found.set(size, { count: 1, first: paragraph });
      else entry.count += 1;
    }
  }
  return found;
};

const bodyAlignments = new Set(["left", "start", "both", "justify", "distribute", "thaiDistribute"]);

/**
 * The size of the body (Phụ lục I, Phần I, mục II.6: 13 to 14 pt): the justified or left-aligned paragraphs of the
 * main document outside tables and text boxes, less `excluded` ones («Nơi nhận» and its list). One issue per size.
 */
export const lintBodySize = (
  t: Translate,
  paragraphs: readonly DocxParagraph[],
  excluded: ReadonlySet<DocxParagraph>,
): Issue[] => {
  const { min, max } = nd30Limits.bodySize;
  const body = paragraphs.filter(
    (p) => p.cell === undefined && !p.inTextBox && bodyAlignments.has(p.alignment) && !excluded.has(p),
  );
  return [...sizesOutside(body, min, max)].map(([size, { count, first }]) => {
    const { path, params } = locationOf(first);
    return createIssue(t, "nd30.body.size", path, { ...params, size, count });
  });
};
