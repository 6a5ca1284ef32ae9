import { createIssue, type Issue, signingAuthorityChains, signingAuthorityKinds, type Translate } from "@xhht/domain";
import { escapeRegExp } from "../text/escapeRegExp.ts";
import { isVisible, sizesOutside } from "./lintFonts.ts";
import { locationOf } from "./locationOf.ts";
import { nd30Limits } from "./nd30Limits.ts";
import type { DocxParagraph, DocxRun } from "./readParagraphs.ts";
import { shownText } from "./shownText.ts";

/**
 * An authority line: «TM. ỦY BAN NHÂN DÂN», «KT. CHỦ TỊCH», «TL. BỘ TRƯỞNG», «TUQ. GIÁM ĐỐC», «Q. GIÁM ĐỐC»: one of
 * the domain's `signingAuthorityKinds` (longer first), its dot, then text.
 */
const authorityLine = new RegExp(
  `^(${[...signingAuthorityKinds]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\s*\\.\\s*\\S`,
  "u",
);
/** The most authority lines a chain has (Phụ lục I, Phần I, mục II.7.b): «TL.», «KT.», then the title. */
const longestChain = 3;

/** One line of the signer's column: its text, the runs (or parts of runs) that print it, and its paragraph. */
export interface SignerLine {
  readonly text: string;
  readonly runs: readonly DocxRun[];
  readonly paragraph: DocxParagraph;
}

/**
 * The signer's column of a paragraph, line by line (lines typed with Shift+Enter included): in a table cell, each
 * whole line; outside tables, what follows the last tab of a line typed beside «Nơi nhận» («- Như trên;⇥⇥KT. CHỦ
 * TỊCH»), or the whole line of a centred or right-aligned paragraph; nothing of a left-aligned line without a tab.
 */
const signerColumnOf = (paragraph: DocxParagraph): SignerLine[] => {
  const lines: { runs: DocxRun[]; tabbed: boolean }[] = [{ runs: [], tabbed: false }];
  for (const run of paragraph.runs) {
    run.text.split("\n").forEach((segment, index) => {
      if (index > 0) lines.push({ runs: [], tabbed: false });
      const line = lines[lines.length - 1] as { runs: DocxRun[]; tabbed: boolean };
      const tab = segment.lastIndexOf("\t");
      if (tab >= 0) {
        line.runs = [];
        line.tabbed = true;
      }
      const text = segment.slice(tab + 1);
      if (text !== "") line.runs.push({ ...run, text });
    });
  }
  const whole = paragraph.cell !== undefined || /^(?:center|right|end)$/u.test(paragraph.alignment);
  return lines.map((line) => {
    const runs = whole || line.tabbed ? line.runs : [];
    return { text: shownText(runs.map((run) => run.text).join("")), runs, paragraph };
  });
};

/** The chain of authority lines and the title under them, as {@link signerBlockOf} finds them. */
export interface SignerBlock {
  /** «TM. ỦY BAN NHÂN DÂN», «KT. CHỦ TỊCH»: the authority lines, top line first (up to one more than allowed). */
  readonly authority: readonly SignerLine[];
  /** The signer's title under them, «PHÓ CHỦ TỊCH», when a line follows them. */
  readonly title: SignerLine | undefined;
}

/**
 * The signer's authority lines and title in the main document (Phụ lục I, Phần I, mục II.7; cells 7a-7b): from the
 * first line of the signer's column opening with «TM.», «KT.», «TL.», «TUQ.» or «Q.», the authority lines that follow
 * one another, then the next line, the title. Found in a table cell (each paragraph, or lines typed with
 * Shift+Enter), in lines typed beside «Nơi nhận» after tabs, or in centred paragraphs. A head who signs without an
 * authority line has no block here.
 *
 * @example
 * ```ts
 * signerBlockOf(paragraphs)?.authority.map((line) => line.text); // ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
 * ```
 */
export const signerBlockOf = (paragraphs: readonly DocxParagraph[]): SignerBlock | undefined => {
  const lines = paragraphs.filter((paragraph) => !paragraph.inTextBox).flatMap(signerColumnOf);
  const start = lines.findIndex((line) => authorityLine.test(line.text));
  const first = lines[start];
  if (first === undefined) return undefined;
  const authority: SignerLine[] = [first];
  let title: SignerLine | undefined;
  for (const line of lines.slice(start + 1)) {
    // The lines of the block follow one another in the same cell (or outside tables); a blank line ends them.
    if (line.paragraph.cell !== first.paragraph.cell || line.text === "") break;
    if (authorityLine.test(line.text) && authority.length <= longestChain) {
      authority.push(line);
      continue;
    }
    title = line;
    break;
  }
  return { authority, title };
};

const legalChains = new Set(signingAuthorityChains.map((chain) => chain.join(" ")));

/**
 * The signer's authority lines and title (Phụ lục I, Phần I, mục II.7.b and II.7.đ: «các chữ viết tắt quyền hạn như:
 * "TM.", "Q.", "KT.", "TL.", "TUQ." và quyền hạn chức vụ của người ký được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến
 * 14, kiểu chữ đứng, đậm»), three-line blocks such as «TM. ỦY BAN NHÂN DÂN» / «KT. CHỦ TỊCH» / «PHÓ CHỦ TỊCH»
 * included: the chain must be one the decree allows, in its order (`nd30.signature.authority-chain`); each line upper
 * case and bold, not italic (`nd30.signature.authority-style`), 13-14 pt (`nd30.signature.authority-size`).
 */
export const lintSigner = (t: Translate, block: SignerBlock | undefined): Issue[] => {
  if (block === undefined) return [];
  const issues: Issue[] = [];
  const [first] = block.authority;
  if (first === undefined) return [];
  const kinds = block.authority.map((line) => authorityLine.exec(line.text)?.[1] ?? "");
  if (!legalChains.has(kinds.join(" "))) {
    const { path, params } = locationOf(first.paragraph);
    issues.push(
      createIssue(t, "nd30.signature.authority-chain", path, {
        ...params,
        found: kinds.map((kind) => `${kind}.`).join(" / "),
      }),
    );
  }
  const lines = [...block.authority, ...(block.title === undefined ? [] : [block.title])];
  const misstyled = lines.find(
    (line) =>
      line.text !== line.text.toLocaleUpperCase("vi") ||
      line.runs.some((run) => isVisible(run.text) && (!run.format.bold || run.format.italic)),
  );
  if (misstyled !== undefined) {
    const { path, params } = locationOf(misstyled.paragraph);
    issues.push(createIssue(t, "nd30.signature.authority-style", path, { ...params, line: misstyled.text }));
  }
  const { min, max } = nd30Limits.authoritySize;
  const runsOf = new Map<DocxParagraph, DocxRun[]>();
  for (const line of lines) runsOf.set(line.paragraph, [...(runsOf.get(line.paragraph) ?? []), ...line.runs]);
  for (const [size, { first: at }] of sizesOutside([...runsOf.keys()], min, max, (p) => runsOf.get(p) ?? [])) {
    const { path, params } = locationOf(at);
    issues.push(createIssue(t, "nd30.signature.authority-size", path, { ...params, size }));
  }
  return issues;
};
