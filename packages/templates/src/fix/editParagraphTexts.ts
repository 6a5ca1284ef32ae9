import { replaceAt, withAttr } from "./xmlTags.ts";

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const decode = (text: string): string =>
  text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu,
    (all, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return String.fromCodePoint(Number.parseInt(dec, 10));
      return entities[name ?? ""] ?? all;
    },
  );

const encode = (text: string): string => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

interface TextNode {
  readonly at: number;
  readonly length: number;
  readonly open: string;
  text: string;
  changed: boolean;
}

/** The `w:t` nodes of each paragraph, in order; a text box's paragraph is its own, not the one holding the box. */
const paragraphTexts = (xml: string): TextNode[][] => {
  const paragraphs: TextNode[][] = [];
  const stack: TextNode[][] = [];
  const token = /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>|(<w:t(?:\s[^>]*)?>)([^<]*)<\/w:t>/gu;
  for (const match of xml.matchAll(token)) {
    if (match[0] === "</w:p>") stack.pop();
    else if (match[2] !== undefined) {
      stack.at(-1)?.push({
        at: match.index,
        length: match[0].length,
        open: match[2],
        text: decode(match[3] ?? ""),
        changed: false,
      });
    } else if (match[1] !== "/") {
      const paragraph: TextNode[] = [];
      paragraphs.push(paragraph);
      stack.push(paragraph);
    }
  }
  return paragraphs;
};

/** Puts `replacement` in place of the text from `start` to `end` of the paragraph: into the node where it starts. */
const splice = (nodes: readonly TextNode[], start: number, end: number, replacement: string): void => {
  const starts: number[] = [];
  let offset = 0;
  for (const node of nodes) {
    starts.push(offset);
    offset += node.text.length;
  }
  let host = nodes.findIndex((node, i) => start >= (starts[i] ?? 0) && start < (starts[i] ?? 0) + node.text.length);
  if (host < 0) host = nodes.length - 1;
  nodes.forEach((node, i) => {
    const length = node.text.length;
    const from = Math.min(Math.max(start - (starts[i] ?? 0), 0), length);
    const to = Math.min(Math.max(end - (starts[i] ?? 0), 0), length);
    if (i !== host && from >= to) return;
    node.text = `${node.text.slice(0, from)}${i === host ? replacement : ""}${node.text.slice(to)}`;
    node.changed = true;
  });
};

/**
 * `xml` with each paragraph's text (its `w:t` nodes read as one string, in NFC) passed through `edit`: the characters
 * `edit` changes are replaced in the run where they start, and taken out of the others; runs, their formatting and
 * everything between them are kept. A rule is `[pattern, replacement]` applied to its first match, again until none
 * changes the text.
 */
export const editParagraphTexts = (
  xml: string,
  rules: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[],
): string => {
  const edits = [];
  for (const nodes of paragraphTexts(xml)) {
    for (const node of nodes) {
      node.text = node.text.normalize("NFC");
    }
    for (const [pattern, replace] of rules) {
      for (let round = 0; round < 20; round += 1) {
        const text = nodes.map((node) => node.text).join("");
        const match = new RegExp(pattern.source, pattern.flags.replace("g", "")).exec(text);
        if (match === null) break;
        const wanted = replace(match);
        if (wanted === match[0]) break;
        let prefix = 0;
        while (prefix < wanted.length && prefix < match[0].length && wanted[prefix] === match[0][prefix]) prefix += 1;
        let suffix = 0;
        while (
          suffix < wanted.length - prefix &&
          suffix < match[0].length - prefix &&
          wanted[wanted.length - 1 - suffix] === match[0][match[0].length - 1 - suffix]
        ) {
          suffix += 1;
        }
        const start = match.index + prefix;
        splice(nodes, start, match.index + match[0].length - suffix, wanted.slice(prefix, wanted.length - suffix));
      }
    }
    for (const node of nodes) {
      if (!node.changed) continue;
      const open = /^\s|\s$/u.test(node.text) ? withAttr(node.open, "xml:space", "preserve") : node.open;
      edits.push({ at: node.at, length: node.length, text: `${open}${encode(node.text)}</w:t>` });
    }
  }
  return replaceAt(xml, edits);
};
