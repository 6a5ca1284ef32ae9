import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  exampleBlocks,
  expectedValue,
  fencedBlocks,
  instrumentChecks,
  printedLines,
  xhhtCommands,
} from "../scripts/doc-code-blocks.ts";

describe("fencedBlocks", () => {
  it("finds ``` and ~~~ blocks with their info string and the line their code starts on", () => {
    const markdown = ["# Guide", "", "```ts", "const a = 1;", "```", "", "~~~sh", "xhht --help", "~~~"].join("\n");
    expect(fencedBlocks(markdown)).toEqual([
      { info: "ts", code: "const a = 1;", line: 4 },
      { info: "sh", code: "xhht --help", line: 8 },
    ]);
  });

  it("closes a block only with a fence of its kind at least as long, so a longer fence can hold ```", () => {
    const markdown = ["````md", "```ts", "x;", "```", "````", "```", "plain", "```"].join("\n");
    expect(fencedBlocks(markdown)).toEqual([
      { info: "md", code: "```ts\nx;\n```", line: 2 },
      { info: "", code: "plain", line: 7 },
    ]);
  });

  it("reads a block indented in a list, and runs an unclosed block to the end", () => {
    expect(fencedBlocks("- step\n  ```ts\n  const a = 1;\n  ```\n```js\nlet b;")).toEqual([
      { info: "ts", code: "const a = 1;", line: 3 },
      { info: "js", code: "let b;", line: 6 },
    ]);
  });

  it("gives back any code that holds no fence, line for line, after any prose", () => {
    const noFence = fc.string().filter((line) => !/^ {0,3}(```|~~~)/.test(line) && !/[\r\n]/.test(line));
    fc.assert(
      fc.property(fc.array(noFence), fc.array(noFence, { minLength: 1 }), (prose, code) => {
        const markdown = [...prose, "```ts", ...code, "```"].join("\n");
        expect(fencedBlocks(markdown)).toEqual([{ info: "ts", code: code.join("\n"), line: prose.length + 2 }]);
      }),
    );
  });
});

describe("exampleBlocks", () => {
  it("takes ts, tsx and js blocks to run, and leaves shell, JSON and Python alone", () => {
    const markdown =
      "```ts\na;\n```\n```tsx\nb;\n```\n```js\nc;\n```\n```sh\nd\n```\n```json\n{}\n```\n```python\ne\n```";
    const { examples, problems } = exampleBlocks(markdown);
    expect(examples.map((block) => [block.extension, block.mode, block.code])).toEqual([
      ["ts", "run", "a;"],
      ["tsx", "run", "b;"],
      ["mjs", "run", "c;"],
    ]);
    expect(problems).toEqual([]);
  });

  it("reads «no-run: why» and «browser», and refuses a no-run without its reason or an unknown marker", () => {
    const markdown = [
      "```ts no-run: needs a network",
      "fetch(url);",
      "```",
      "```ts browser",
      "document.title;",
      "```",
      "```ts no-run",
      "x;",
      "```",
      "```ts norun",
      "y;",
      "```",
    ].join("\n");
    const { examples, problems } = exampleBlocks(markdown);
    expect(examples.map((block) => [block.mode, block.reason])).toEqual([
      ["no-run", "needs a network"],
      ["browser", undefined],
    ]);
    expect(problems).toEqual([
      { line: 7, problem: "«no-run» needs its reason: «no-run: why»" },
      { line: 10, problem: "unknown marker «norun»: use «no-run: why» or «browser»" },
    ]);
  });
});

describe("instrumentChecks", () => {
  it("makes each `expression; // → value` line a check, keeping every other line where it was", () => {
    const code = ['import { a } from "x";', "a(1); // → 2", "const b = a(2);", "b.c; // → throws x.y"].join("\n");
    const { code: instrumented, checks } = instrumentChecks(code, "check");
    expect(checks).toBe(2);
    expect(instrumented.split("\n")).toEqual([
      'import { a } from "x";',
      'check(() => (a(1)), "2", 1);',
      "const b = a(2);",
      'check(() => (b.c), "throws x.y", 3);',
    ]);
  });

  it("takes the value from the line below a statement, and leaves plain comments alone", () => {
    const code = ["  list.map((x) => x);", "  // → [1, 2]", "a(1); // 2", "// → orphan"].join("\n");
    const { code: instrumented, checks } = instrumentChecks(code, "check");
    expect(checks).toBe(1);
    expect(instrumented.split("\n")).toEqual([
      '  check(() => (list.map((x) => x)), "[1, 2]", 0);',
      "  // → [1, 2]",
      "a(1); // 2",
      "// → orphan",
    ]);
  });
});

describe("printedLines", () => {
  it("reads the plain comments right below a console.log line as what it prints, and no other comment", () => {
    const code = [
      "// not printed",
      "for (const x of xs) console.log(x);",
      "// first",
      "//   second, indented",
      "",
      "// after a blank line: prose",
      'console.log("y"); // on its line: prose',
      "// → 3",
      "f(); // → 4",
    ].join("\n");
    expect(printedLines(code)).toEqual([
      { line: 2, text: "first" },
      { line: 3, text: "  second, indented" },
    ]);
  });
});

describe("expectedValue", () => {
  it("stops a value at the colon that starts the words after it, never at one inside the value", () => {
    expect(expectedValue('"2023-10-02": 1 October 2023 was a Sunday')).toBe('"2023-10-02"');
    expect(expectedValue("false: swapped day off")).toBe("false");
    expect(expectedValue("{ year: 2026, month: 3 }: Giỗ Tổ Hùng Vương")).toBe("{ year: 2026, month: 3 }");
    expect(expectedValue('"Trích yếu: Không được để trống."')).toBe('"Trích yếu: Không được để trống."');
    expect(expectedValue('{ kind: "before", date: "2020-10-30" }')).toBe('{ kind: "before", date: "2020-10-30" }');
  });
});

describe("xhhtCommands", () => {
  it("names the command of each xhht a shell line runs, with its line, and none for options or other programs", () => {
    const code = [
      "npm install -g @xhht/cli   # then:",
      "xhht --help",
      "xhht holidays 2025 && xhht workdays 2020-10-01 2020-10-30",
      "$ xhht schema -o schemas   # xhht demo in a comment",
      "cat reports.csv | xhht validate report -",
    ].join("\n");
    expect(xhhtCommands(code)).toEqual([
      { command: "holidays", line: 2 },
      { command: "workdays", line: 2 },
      { command: "schema", line: 3 },
      { command: "validate", line: 4 },
    ]);
  });
});
