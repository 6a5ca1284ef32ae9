// What the tests of the docs' examples share: finding the ```ts blocks of a guide, turning its `// →` comments into
// checks, and the check itself.
import { expect } from "vitest";

/** A ```ts block of a Markdown text and the line of the guide its code starts on. */
export interface CodeBlock {
  readonly code: string;
  readonly line: number;
}

/** The ```ts blocks of `markdown`, in order. */
export const tsBlocks = (markdown: string): CodeBlock[] =>
  [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({
    code: match[1] as string,
    line: markdown.slice(0, match.index).split("\n").length + 1,
  }));

const assertionOnLine = /^(\s*)(.+?);\s*\/\/ → (.+)$/;
const assertionBelow = /^\s*\/\/ → (.+)$/;
const statement = /^(\s*)(.+?);\s*$/;

/**
 * `block`'s code with each `expression; // → expected` line (and, with `below`, an `expression;` line followed by a
 * line `// → expected`) turned into `callee(() => (expression), "expected", "<guide>:<line>")`, and how many.
 */
export const instrumentAssertions = (
  block: CodeBlock,
  guide: string,
  callee: string,
  options: { readonly below?: boolean } = {},
): { code: string; assertions: number } => {
  const lines = block.code.split("\n");
  let assertions = 0;
  const check = (indent: string, expression: string, expected: string, index: number) => {
    assertions++;
    return `${indent}${callee}(() => (${expression}), ${JSON.stringify(expected)}, "${guide}:${block.line + index}");`;
  };
  lines.forEach((text, index) => {
    const inline = assertionOnLine.exec(text);
    if (inline) {
      lines[index] = check(inline[1] as string, inline[2] as string, inline[3] as string, index);
      return;
    }
    const below = options.below === true ? assertionBelow.exec(text) : null;
    const previous = statement.exec(lines[index - 1] ?? "");
    if (below && previous) {
      lines[index - 1] = check(previous[1] as string, previous[2] as string, below[1] as string, index - 1);
    }
  });
  return { code: lines.join("\n"), assertions };
};

/**
 * The check an instrumented example calls: `expected` is the value it spells (deep equality), or `throws <code>`
 * for an error named `errorName` with that code.
 */
export const assertionCheck =
  (errorName: string) =>
  (actual: () => unknown, expected: string, where: string): void => {
    const thrown = /^throws ([\w.-]+)$/.exec(expected);
    if (thrown) {
      expect(actual, where).toThrow(expect.objectContaining({ name: errorName, code: thrown[1] }));
    } else {
      expect(actual(), where).toEqual(new Function(`return (${expected});`)());
    }
  };
