import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textNestingDepth } from "./textNestingDepth.ts";

const depthOf = (value: unknown): number =>
  value !== null && typeof value === "object" ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

describe("textNestingDepth", () => {
  it("is at least the depth of any JSON value, strings with brackets included", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(textNestingDepth(text, "json")).toBeGreaterThanOrEqual(depthOf(value));
      }),
      { numRuns: 300 },
    );
    expect(textNestingDepth('{"a": "[[[[[["}', "json")).toBe(1);
  });

  it("counts YAML's indentation and compact lists", () => {
    expect(textNestingDepth("a:\n  b:\n    c: 1\n", "yaml")).toBe(4);
    expect(textNestingDepth("- - - - x\n", "yaml")).toBe(4);
    expect(textNestingDepth(`${"[".repeat(5000)}${"]".repeat(5000)}`, "yaml")).toBe(5000);
  });
});
