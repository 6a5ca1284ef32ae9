import { createIssue, type Issue, type LanguageOptions, lintRecipientList, type Translate } from "@xhht/domain";
import { sizesOutside } from "./lintFonts.ts";
import { locationOf, relocate } from "./locationOf.ts";
import { nd30Limits } from "./nd30Limits.ts";
import type { DocxParagraph, DocxRun } from "./readParagraphs.ts";

const heading = /^\s*Nơi nhận\s*:?/u;
const dash = /^[-‐‑–—+•*]/u;
/** The drafter's initials and number of copies under the list (cell 12): «PL.(300)». */
const drafterLine = /^[\p{Lu}.]+\s*\(\d+\)\.?$/u;
/** The first non-blank piece of a paragraph between tabs and line breaks. */
const firstSegment = (paragraph: DocxParagraph): string =>
  paragraph.text
    .normalize("NFC")
    .replace(/\u00A0/gu, " ")
    .split(/[\t\n]/u)
    .map((piece) => piece.trim())
    .find((piece) => piece.length > 0) ?? "";

/** What {@link lintCopies} found: its issues and the paragraphs of the block, which are not body text. */
export interface CopiesResult {
  readonly issues: readonly Issue[];
  readonly paragraphs: ReadonlySet<DocxParagraph>;
}

/**
 * The «Nơi nhận» block (Phụ lục I, Phần I, mục II.9): the word «Nơi nhận» bold italic at 12 pt; its list lines at
 * 11 (to 12) pt, each checked by @xhht/domain's `lintRecipientList` (`kind: "noi-nhan"`, «- Như trên;» first when
 * the document has a «Kính gửi»). The list is the rest of the heading's table cell, or, outside a table, the
 * paragraphs after it up to a blank one; of a line typed beside the signer, the text before the first tab.
 */
export const lintCopies = (
  t: Translate,
  paragraphs: readonly DocxParagraph[],
  hasKinhGui: boolean,
  options: LanguageOptions,
  documentPart: string,
): CopiesResult => {
  const at = paragraphs.findIndex((p) => heading.test(firstSegment(p)));
  const headingParagraph = paragraphs[at];
  if (headingParagraph === undefined) {
    return { issues: [createIssue(t, "nd30.copies.missing", [documentPart])], paragraphs: new Set() };
  }
  const issues: Issue[] = [];
  const location = locationOf(headingParagraph);

  const labelLength = (heading.exec(headingParagraph.text.normalize("NFC"))?.[0] ?? "").trimEnd().length;
  let offset = 0;
  const labelRuns = headingParagraph.runs.filter((run) => {
    const start = offset;
    offset += run.text.normalize("NFC").length;
    return start < labelLength && /\S/u.test(run.text);
  });
  if (!labelRuns.every((run) => run.format.bold && run.format.italic)) {
    issues.push(createIssue(t, "nd30.copies.heading-style", location.path, location.params));
  }
  const wrongSize = labelRuns.find((run) => run.format.size / 2 !== nd30Limits.copiesHeadingSize.min);
  if (wrongSize !== undefined) {
    issues.push(
      createIssue(t, "nd30.copies.heading-size", location.path, {
        ...location.params,
        size: wrongSize.format.size / 2,
      }),
    );
  }

  const list: DocxParagraph[] = [];
  for (const paragraph of paragraphs.slice(at + 1)) {
    const line = firstSegment(paragraph);
    if (headingParagraph.cell !== undefined) {
      if (paragraph.cell !== headingParagraph.cell) break;
      if (line.length === 0 || drafterLine.test(line)) continue;
    } else if (line.length === 0 || !dash.test(line)) break;
    list.push(paragraph);
  }
  const lines = list.map(firstSegment);
  for (const issue of lintRecipientList(lines, { ...options, kind: "noi-nhan", hasKinhGui })) {
    const line = issue.path[0];
    const paragraph = typeof line === "number" ? list[line] : undefined;
    issues.push(relocate(issue, paragraph ?? headingParagraph));
  }
  const { min, max } = nd30Limits.copiesSize;
  const beforeTab = (paragraph: DocxParagraph): DocxRun[] => {
    const runs: DocxRun[] = [];
    let seen = false;
    for (const run of paragraph.runs) {
      const start = seen ? 0 : run.text.search(/[^\s]/u);
      if (start < 0) continue;
      const tab = run.text.slice(start).search(/[\t\n]/u);
      seen = true;
      if (tab < 0) runs.push(run);
      else {
        runs.push({ ...run, text: run.text.slice(start, start + tab) });
        break;
      }
    }
    return runs;
  };
  for (const [size, { count, first }] of sizesOutside(list, min, max, beforeTab)) {
    const { path, params } = locationOf(first);
    issues.push(createIssue(t, "nd30.copies.size", path, { ...params, size, count }));
  }
  return { issues, paragraphs: new Set([headingParagraph, ...list]) };
};
