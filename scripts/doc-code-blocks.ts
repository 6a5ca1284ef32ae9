// Reading the fenced code blocks of a guide, for scripts/check-doc-examples.ts: which are examples to type-check and
// run, which are type-checked only (and why), and where each starts.

/** The languages whose blocks are examples, by the info string's first word, and the file extension each runs as. */
export const exampleLanguages: Readonly<Record<string, "ts" | "tsx" | "js" | "mjs">> = {
  ts: "ts",
  typescript: "ts",
  tsx: "tsx",
  js: "mjs",
  javascript: "mjs",
};

/**
 * What the checker does with an example: `run` type-checks it under Node's types and runs it; `no-run` type-checks it
 * only, for a reason the guide gives after the marker (```ts no-run: needs a network); `browser` type-checks it with
 * the DOM's types and does not run it (```ts browser).
 */
export type ExampleMode = "run" | "no-run" | "browser";

/** A fenced code block of a Markdown text. */
export interface FencedBlock {
  /** The info string after the fence, trimmed: «ts», «ts no-run: needs a network», «sh». */
  readonly info: string;
  readonly code: string;
  /** The 1-based line of the guide the code starts on (the line after the opening fence). */
  readonly line: number;
}

/** A block of an example language, with what to do with it. */
export interface ExampleBlock extends FencedBlock {
  readonly extension: "ts" | "tsx" | "js" | "mjs";
  readonly mode: ExampleMode;
  /** Why a `no-run` block is not run, as the guide says. */
  readonly reason?: string;
}

/** An info string of an example language the checker cannot read, with its line (the opening fence's). */
export interface MarkerProblem {
  readonly line: number;
  readonly problem: string;
}

/** Every fenced block of `markdown` (``` or ~~~, indented by at most three spaces), in order; an unclosed one runs to the end. */
export const fencedBlocks = (markdown: string): FencedBlock[] => {
  const lines = markdown.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  let open: { fence: string; info: string; indent: number; start: number } | undefined;
  let body: string[] = [];
  lines.forEach((text, index) => {
    if (open === undefined) {
      const opening = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(text);
      if (opening === null) return;
      const [, indent = "", fence = "", info = ""] = opening;
      if (fence.startsWith("`") && info.includes("`")) return;
      open = { fence, info: info.trim(), indent: indent.length, start: index + 1 };
      body = [];
      return;
    }
    const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
    if (closing?.[1] && closing[1][0] === open.fence[0] && closing[1].length >= open.fence.length) {
      blocks.push({ info: open.info, code: body.join("\n"), line: open.start + 1 });
      open = undefined;
      return;
    }
    const indent = open.indent;
    body.push(text.replace(new RegExp(`^ {0,${indent}}`), ""));
  });
  if (open !== undefined) blocks.push({ info: open.info, code: body.join("\n"), line: open.start + 1 });
  return blocks;
};

/**
 * The examples of `markdown`: its blocks of a language of {@link exampleLanguages}, each with its mode, and the info
 * strings of such blocks that name an unknown marker or a `no-run` without its reason.
 */
export const exampleBlocks = (markdown: string): { examples: ExampleBlock[]; problems: MarkerProblem[] } => {
  const examples: ExampleBlock[] = [];
  const problems: MarkerProblem[] = [];
  for (const block of fencedBlocks(markdown)) {
    const [language = "", ...rest] = block.info.split(/\s+/);
    const extension = exampleLanguages[language.toLowerCase()];
    if (extension === undefined) continue;
    const marker = rest.join(" ");
    const noRun = /^no-run(?::\s*(.*))?$/.exec(marker);
    const reason = noRun?.[1]?.trim();
    if (marker === "") examples.push({ ...block, extension, mode: "run" });
    else if (marker === "browser") examples.push({ ...block, extension, mode: "browser" });
    else if (reason) examples.push({ ...block, extension, mode: "no-run", reason });
    else if (noRun) problems.push({ line: block.line - 1, problem: "«no-run» needs its reason: «no-run: why»" });
    else problems.push({ line: block.line - 1, problem: `unknown marker «${marker}»: use «no-run: why» or «browser»` });
  }
  return { examples, problems };
};

const checkOnLine = /^(\s*)(.+?);\s*\/\/ → (.+)$/;

/**
 * The value of a `// → value` comment, without the words that may follow it after a colon
 * (`// → "2023-10-02": 1 October 2023 was a Sunday`): the shortest text before a «: » that is a JavaScript
 * expression, or the whole comment.
 */
export const expectedValue = (comment: string): string => {
  const text = comment.trim();
  for (let at = text.indexOf(": "); at !== -1; at = text.indexOf(": ", at + 1)) {
    const value = text.slice(0, at);
    try {
      new Function(`return (${value});`);
      return value;
    } catch {
      // not an expression yet: the colon is inside the value
    }
  }
  return text;
};
const checkBelow = /^\s*\/\/ → (.+)$/;
const statement = /^(\s*)(.+?);\s*$/;

/**
 * `code` with each `expression; // → expected` line, and each `expression;` line followed by a line `// → expected`,
 * made a call `callee(() => (expression), "expected", line)` (line: 0-based, in `code`), line for line; and how many.
 * `expected` is a JavaScript value ({@link expectedValue}), or `throws <code>` for an error with that `code`.
 */
export const instrumentChecks = (code: string, callee: string): { code: string; checks: number } => {
  const lines = code.split("\n");
  const made = new Set<number>();
  let checks = 0;
  const call = (indent: string, expression: string, expected: string, index: number) => {
    checks++;
    made.add(index);
    return `${indent}${callee}(() => (${expression}), ${JSON.stringify(expectedValue(expected))}, ${index});`;
  };
  lines.forEach((text, index) => {
    const inline = checkOnLine.exec(text);
    if (inline) {
      lines[index] = call(inline[1] as string, inline[2] as string, inline[3] as string, index);
      return;
    }
    const below = checkBelow.exec(text);
    const previous = statement.exec(lines[index - 1] ?? "");
    if (below && previous && !made.has(index - 1))
      lines[index - 1] = call(previous[1] as string, previous[2] as string, below[1] as string, index - 1);
  });
  return { code: lines.join("\n"), checks };
};

/**
 * The lines an example says it prints: the plain `// ` comments right below a line that calls `console.log`, in
 * order (a `// →` comment is a value, checked by {@link instrumentChecks}).
 */
export const printedLines = (code: string): { line: number; text: string }[] => {
  const lines = code.split("\n");
  const printed: { line: number; text: string }[] = [];
  lines.forEach((text, index) => {
    if (!text.includes("console.log(")) return;
    for (let next = index + 1; next < lines.length; next++) {
      const comment = /^\s*\/\/ (?!→)(.*)$/.exec(lines[next] ?? "");
      if (!comment) break;
      printed.push({ line: next, text: comment[1] as string });
    }
  });
  return printed;
};

/** The shells whose blocks may run `xhht`. */
export const shellLanguages: ReadonlySet<string> = new Set(["sh", "bash", "shell", "console", "zsh"]);

/**
 * The `xhht` commands a shell block runs (`xhht validate report a.json && xhht week 2020` → validate, week), each
 * with its 0-based line in the block; `xhht --help` and a bare `xhht` name none.
 */
export const xhhtCommands = (code: string): { command: string; line: number }[] =>
  code.split("\n").flatMap((text, line) =>
    text
      .replace(/^\s*\$\s+/, "")
      .replace(/\s#.*$/, "")
      .split(/&&|\|\||[;|]/)
      .flatMap((part) => {
        const command = /^\s*xhht\s+([^\s-][^\s]*)/.exec(part)?.[1];
        return command === undefined ? [] : [{ command, line }];
      }),
  );
