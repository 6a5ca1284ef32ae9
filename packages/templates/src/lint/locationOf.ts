import type { Issue } from "@xhht/domain";
import type { DocxParagraph } from "./readParagraphs.ts";

const excerptLength = 40;

/** A paragraph's text as a short one-line excerpt. */
export const excerptOf = (text: string): string => {
  const line = text.replace(/\s+/gu, " ").trim();
  return line.length <= excerptLength ? line : `${line.slice(0, excerptLength - 1)}…`;
};

/** Where a paragraph is, as an issue's path and params: the part, the paragraph's index and an excerpt. */
export const locationOf = (
  paragraph: DocxParagraph,
): {
  readonly path: readonly (string | number)[];
  readonly params: { readonly part: string; readonly paragraph: number; readonly excerpt: string };
} => ({
  path: [paragraph.part, paragraph.index],
  params: { part: paragraph.part, paragraph: paragraph.index, excerpt: excerptOf(paragraph.text) },
});

/** An issue found by a domain text check, moved to `paragraph`: its path prefixed, the location added to its params. */
export const relocate = (issue: Issue, paragraph: DocxParagraph, inner: readonly (string | number)[] = []): Issue => {
  const location = locationOf(paragraph);
  return { ...issue, path: [...location.path, ...inner], params: { ...issue.params, ...location.params } };
};
