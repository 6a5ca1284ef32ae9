import { describe, expect, it } from "vitest";
import { exceedsDepth } from "./exceedsDepth.ts";

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
  return value;
};

describe("exceedsDepth", () => {
  it("counts the levels of lists and objects, a scalar being none", () => {
    expect(exceedsDepth(1, 0)).toBe(false);
    expect(exceedsDepth(nested(3), 3)).toBe(false);
    expect(exceedsDepth(nested(4), 3)).toBe(true);
  });

  it("measures a value far too deep for recursion", () => {
    expect(exceedsDepth(nested(1_000_000), 64)).toBe(true);
  });
});
