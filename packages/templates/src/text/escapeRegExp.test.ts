import { describe, expect, it } from "vitest";
import { escapeRegExp } from "./escapeRegExp.ts";

describe("escapeRegExp", () => {
  it("makes a pattern that matches the text and nothing else", () => {
    const text = "a.b*c+(d)|[e]^$\\{f}?";
    const pattern = new RegExp(`^${escapeRegExp(text)}$`, "u");
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test("aXb*c+(d)|[e]^$\\{f}?")).toBe(false);
  });
});
