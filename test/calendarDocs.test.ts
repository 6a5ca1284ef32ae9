// Runs every TypeScript example of docs/calendar.md against @xhht/calendar: a line `expression; // → value` must give
// `value` (deep equality), a line `expression; // → throws code` must throw a CalendarError with that code.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as calendar from "@xhht/calendar";
import * as calendarSources from "@xhht/calendar/sources";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { assertionCheck, instrumentAssertions, tsBlocks } from "./docExamples.ts";

const markdown = readFileSync(resolve(import.meta.dirname, "../docs/calendar.md"), "utf8");
const blocks = tsBlocks(markdown);
const check = assertionCheck("CalendarError");

describe("docs/calendar.md", () => {
  it("has examples, each importing from @xhht/calendar or @xhht/calendar/sources", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    for (const { code } of blocks) expect(code).toMatch(/from "@xhht\/calendar(?:\/sources)?";/);
  });

  it.each(blocks.map((block) => [block.line, block.code]))("runs the example at line %i as written", (line, code) => {
    const { code: instrumented, assertions } = instrumentAssertions({ code, line }, "docs/calendar.md", "__check");
    expect(assertions).toBeGreaterThan(0);
    const { code: js } = transformSync(instrumented, { loader: "ts", format: "cjs" });
    const modules: Readonly<Record<string, unknown>> = {
      "@xhht/calendar": calendar,
      "@xhht/calendar/sources": calendarSources,
    };
    const require = (name: string) => {
      if (!(name in modules)) throw new Error(`the example imports ${name}, not @xhht/calendar`);
      return modules[name];
    };
    new Function("require", "__check", js)(require, check);
  });
});
