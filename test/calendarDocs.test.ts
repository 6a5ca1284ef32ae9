// Runs every TypeScript example of docs/calendar.md against @xhht/calendar: a line `expression; // → value` must give
// `value` (deep equality), a line `expression; // → throws code` must throw a CalendarError with that code.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as calendar from "@xhht/calendar";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";

const markdown = readFileSync(resolve(import.meta.dirname, "../docs/calendar.md"), "utf8");
const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => ({
  code: match[1] as string,
  line: markdown.slice(0, match.index).split("\n").length + 1,
}));
const assertion = /^(\s*)(.+?);\s*\/\/ → (.+)$/;

const check = (actual: () => unknown, expected: string, where: string) => {
  const thrown = /^throws ([\w.-]+)$/.exec(expected);
  if (thrown) {
    expect(actual, where).toThrow(expect.objectContaining({ name: "CalendarError", code: thrown[1] }));
  } else {
    expect(actual(), where).toEqual(new Function(`return (${expected});`)());
  }
};

describe("docs/calendar.md", () => {
  it("has examples, each importing from @xhht/calendar", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    for (const { code } of blocks) expect(code).toMatch(/from "@xhht\/calendar";/);
  });

  it.each(blocks.map((block) => [block.line, block.code]))("runs the example at line %i as written", (line, code) => {
    let assertions = 0;
    const instrumented = code
      .split("\n")
      .map((text, index) => {
        const match = assertion.exec(text);
        if (!match) return text;
        assertions++;
        const [, indent, expression, expected] = match as unknown as [string, string, string, string];
        return `${indent}__check(() => (${expression}), ${JSON.stringify(expected)}, "docs/calendar.md:${line + index}");`;
      })
      .join("\n");
    expect(assertions).toBeGreaterThan(0);
    const { code: js } = transformSync(instrumented, { loader: "ts", format: "cjs" });
    const require = (name: string) => {
      if (name !== "@xhht/calendar") throw new Error(`the example imports ${name}, not @xhht/calendar`);
      return calendar;
    };
    new Function("require", "__check", js)(require, check);
  });
});
