// Reading Markdown as GitHub renders it, for scripts/check-links.ts: the anchors of its headings and the links it holds.

/** A link or image target found in Markdown, with the 1-based line it is on. */
export type MarkdownLink = { readonly target: string; readonly line: number };

/**
 * The anchor GitHub gives a heading (github-slugger's rule): lower case, every character that is not a letter, a
 * mark, a digit, `_`, `-` or a space dropped, each space made a `-`. Vietnamese letters keep their diacritics.
 *
 * @example
 * ```ts
 * githubSlug("1. Dates that don't drift"); // "1-dates-that-dont-drift"
 * githubSlug("Bắt đầu: Tuần lễ hưởng ứng học tập suốt đời"); // "bắt-đầu-tuần-lễ-hưởng-ứng-học-tập-suốt-đời"
 * ```
 */
export const githubSlug = (text: string): string =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replaceAll(" ", "-");

/** The text GitHub shows for a heading's inline Markdown: code spans keep their content, markup goes. */
export const headingText = (markdown: string): string => {
  const codeSpans: string[] = [];
  const withoutCode = markdown.replace(/(`+)([\s\S]*?)\1/g, (_, _ticks: string, code: string) => {
    codeSpans.push(code.trim());
    return `\uE000${codeSpans.length - 1}\uE001`;
  });
  return withoutCode
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\2(?=[^\p{L}\p{N}]|$)/gu, "$1$3")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/\uE000(\d+)\uE001/g, (_, index: string) => codeSpans[Number(index)] ?? "")
    .trim();
};

/** Splits Markdown into its lines, blanking the lines of fenced code blocks (their content is neither link nor heading). */
const proseLines = (markdown: string): string[] => {
  let fence: string | undefined;
  return markdown.split(/\r?\n/).map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      if (opening) {
        fence = opening[1];
        return "";
      }
      return line;
    }
    if (
      opening &&
      opening[1]?.[0] === fence[0] &&
      (opening[1]?.length ?? 0) >= fence.length &&
      line.trim() === opening[1]
    ) {
      fence = undefined;
    }
    return "";
  });
};

/**
 * Every anchor a Markdown file offers: its headings' slugs as GitHub numbers repeats (`name`, `name-1`, `name-2`), and
 * the `id` / `name` of its HTML anchors.
 *
 * @example
 * ```ts
 * markdownAnchors("# A\n## A\n<a id=\"x\"></a>"); // Set { "a", "a-1", "x" }
 * ```
 */
export const markdownAnchors = (markdown: string): Set<string> => {
  const anchors = new Set<string>();
  // github-slugger's numbering: a slug already given gets `-1`, `-2`… counted per original slug.
  const occurrences = new Map<string, number>();
  const add = (slug: string) => {
    let candidate = slug;
    while (occurrences.has(candidate)) {
      const count = (occurrences.get(slug) ?? 0) + 1;
      occurrences.set(slug, count);
      candidate = `${slug}-${count}`;
    }
    occurrences.set(candidate, 0);
    anchors.add(candidate);
  };
  const lines = proseLines(markdown);
  lines.forEach((line, index) => {
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    const next = lines[index + 1] ?? "";
    if (atx) add(githubSlug(headingText(atx[1] ?? "")));
    else if (line.trim() !== "" && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && !/^ {0,3}([-*+]|\d+[.)])\s/.test(line)) {
      add(githubSlug(headingText(line)));
    }
    for (const match of line.matchAll(/<a\s[^>]*?\b(?:id|name)=["']([^"']+)["']/gi)) anchors.add(match[1] as string);
  });
  return anchors;
};

/**
 * Every link and image target of a Markdown file outside code: inline `[text](target)`, reference definitions
 * `[id]: target`, autolinks `<https://…>` and HTML `href` / `src` attributes.
 *
 * @example
 * ```ts
 * markdownLinks("See [the rules](rules.md#plan).\n\n`[not](a-link.md)`");
 * // [{ target: "rules.md#plan", line: 1 }]
 * ```
 */
export const markdownLinks = (markdown: string): MarkdownLink[] => {
  const links: MarkdownLink[] = [];
  proseLines(markdown).forEach((raw, index) => {
    const line = raw.replace(/(`+)[\s\S]*?\1/g, "");
    const add = (target: string | undefined) => {
      if (target !== undefined && target !== "") links.push({ target, line: index + 1 });
    };
    const definition = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(line);
    if (definition) add(definition[1]);
    for (const match of line.matchAll(
      /\]\(\s*(?:<([^>]*)>|((?:[^()\s]|\([^()\s]*\))*))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
    )) {
      add(match[1] ?? match[2]);
    }
    for (const match of line.matchAll(/<((?:https?|mailto):[^>\s]+)>/g)) add(match[1]);
    for (const match of line.matchAll(/\b(?:href|src)=["']([^"']+)["']/g)) add(match[1]);
  });
  return links;
};
