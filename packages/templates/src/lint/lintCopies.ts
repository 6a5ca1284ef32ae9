import { createIssue, type Issue, type LanguageOptions, lintRecipientList, type Translate } from "@xhht/domain";
import { sizesOutside } from "./lintFonts.ts";
import { locationOf, relocate } from "./locationOf.ts";
import { nd30Limits } from "./nd30Limits.ts";
import { isMergeField } from "./placeholders.ts";
import type { DocxParagraph, DocxRun } from "./readParagraphs.ts";
import { shownText } from "./shownText.ts";

const heading = /^(\s*)(Nơi nhận)\s*:?/u;
const dash = /^[-‐‑–—+•*]/u;
/** The drafter's initials and number of copies under the list (cell 12): «PL.(300)». */
const drafterLine = /^[\p{Lu}.]+\s*\(\d+\)\.?$/u;
/** A line holding several recipients, «- A;<br>- B;»: the list was typed on one line. */
const severalOnOneLine = /;\s*(?:<br\s*\/?>)?\s*[-‐‑–—]\s/iu;
/** What cannot be judged of a list typed on one line until it is split: which line comes first or last. */
const orderRules = new Set(["nd30.noi-nhan.nhu-tren", "nd30.noi-nhan.luu-last"]);

/** One line of the list: its text, the runs (or parts of runs) that print it, and its paragraph. */
interface ListLine {
  readonly text: string;
  readonly runs: readonly DocxRun[];
  readonly paragraph: DocxParagraph;
}

/**
 * The lines of a paragraph from character `from` on, split at line breaks (Shift+Enter), each cut at the first tab
 * after its text: a line typed beside the signer keeps only its left column.
 */
const linesOf = (paragraph: DocxParagraph, from = 0): ListLine[] => {
  const pieces: DocxRun[][] = [[]];
  let offset = 0;
  for (const run of paragraph.runs) {
    const start = Math.max(0, from - offset);
    offset += run.text.length;
    if (start >= run.text.length) continue;
    run.text
      .slice(start)
      .split("\n")
      .forEach((text, i) => {
        if (i > 0) pieces.push([]);
        if (text !== "") pieces[pieces.length - 1]?.push({ ...run, text });
      });
  }
  return pieces.map((runs) => {
    const kept: DocxRun[] = [];
    let seen = false;
    for (const run of runs) {
      const start = seen ? 0 : run.text.search(/[^\s\p{Cf}]/u);
      if (start < 0) continue;
      seen = true;
      const tab = run.text.slice(start).indexOf("\t");
      if (tab < 0) kept.push({ ...run, text: run.text.slice(start) });
      else {
        kept.push({ ...run, text: run.text.slice(start, start + tab) });
        break;
      }
    }
    return { text: shownText(kept.map((run) => run.text).join("")), runs: kept, paragraph };
  });
};

/** What {@link lintCopies} found: its issues and the paragraphs of the block, which are not body text. */
export interface CopiesResult {
  readonly issues: readonly Issue[];
  readonly paragraphs: ReadonlySet<DocxParagraph>;
}

/**
 * The «Nơi nhận» block (Phụ lục I, Phần I, mục II.9): the words «Nơi nhận» bold italic at 12 pt (the colon is not
 * judged); its list at 11 pt, each line checked by @xhht/domain's `lintRecipientList` (`kind: "noi-nhan"`, «- Như
 * trên;» first when the document has a «Kính gửi»). The list is the rest of the heading's table cell, or, outside a
 * table, the paragraphs after it up to a blank one; lines typed with line breaks (Shift+Enter) in one paragraph are
 * lines too, and of a line typed beside the signer, the text before the first tab. A template's mail-merge field
 * for the list («{{noi_nhan}}») is left to be filled. A text issued with a decision or an appendix has no «Nơi nhận»
 * (`required` false): its absence is then no issue.
 */
export const lintCopies = (
  t: Translate,
  paragraphs: readonly DocxParagraph[],
  hasKinhGui: boolean,
  options: LanguageOptions,
  documentPart: string,
  required = true,
): CopiesResult => {
  const at = paragraphs.findIndex((p) => heading.test(linesOf(p).find((line) => line.text !== "")?.text ?? ""));
  const headingParagraph = paragraphs[at];
  if (headingParagraph === undefined) {
    const issues = required ? [createIssue(t, "nd30.copies.missing", [documentPart])] : [];
    return { issues, paragraphs: new Set() };
  }
  const issues: Issue[] = [];
  const location = locationOf(headingParagraph);

  const label = heading.exec(headingParagraph.text.normalize("NFC"));
  const labelStart = label?.index === undefined ? 0 : label.index + (label[1]?.length ?? 0);
  const labelEnd = labelStart + (label?.[2]?.length ?? 0);
  let offset = 0;
  const labelRuns = headingParagraph.runs.filter((run) => {
    const start = offset;
    offset += run.text.normalize("NFC").length;
    const overlap = run.text.normalize("NFC").slice(Math.max(0, labelStart - start), Math.max(0, labelEnd - start));
    return start < labelEnd && offset > labelStart && /[^\s\p{Cf}]/u.test(overlap);
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

  // On the heading's own line, what follows the label before a tab is the list's (typed on one line); after a tab,
  // the signer's column. Lines after the heading's line breaks are the list's.
  const afterLabel = (label?.index ?? 0) + (label?.[0]?.length ?? 0);
  const [sameLine, ...nextLines] = linesOf(headingParagraph, afterLabel);
  const rest = headingParagraph.text.normalize("NFC").slice(afterLabel).split("\n")[0] ?? "";
  const list: ListLine[] = [
    ...(sameLine !== undefined && /^[^\S\t]*[^\s\t]/u.test(rest) ? [sameLine] : []),
    ...nextLines.filter((line) => line.text !== ""),
  ];
  let ended = false;
  for (const paragraph of paragraphs.slice(at + 1)) {
    if (ended) break;
    if (headingParagraph.cell !== undefined) {
      if (paragraph.cell !== headingParagraph.cell) break;
      list.push(...linesOf(paragraph).filter((line) => line.text !== "" && !drafterLine.test(line.text)));
      continue;
    }
    for (const line of linesOf(paragraph)) {
      if (line.text === "" || !dash.test(line.text)) {
        ended = true;
        break;
      }
      list.push(line);
    }
  }
  const checked = list.filter((line) => !isMergeField(line.text));
  const oneLine = checked.some((line) => severalOnOneLine.test(line.text));
  for (const issue of lintRecipientList(
    checked.map((line) => line.text),
    { ...options, kind: "noi-nhan", hasKinhGui },
  ).issues) {
    if (oneLine && orderRules.has(issue.code)) continue;
    const index = issue.path[0];
    const line = typeof index === "number" ? checked[index] : undefined;
    issues.push(relocate(issue, line?.paragraph ?? headingParagraph));
  }
  const { min, max } = nd30Limits.copiesSize;
  const runsOf = new Map<DocxParagraph, DocxRun[]>();
  for (const line of list) runsOf.set(line.paragraph, [...(runsOf.get(line.paragraph) ?? []), ...line.runs]);
  for (const [size, { count, first }] of sizesOutside([...runsOf.keys()], min, max, (p) => runsOf.get(p) ?? [])) {
    const { path, params } = locationOf(first);
    issues.push(createIssue(t, "nd30.copies.size", path, { ...params, size, count }));
  }
  return { issues, paragraphs: new Set([headingParagraph, ...list.map((line) => line.paragraph)]) };
};
