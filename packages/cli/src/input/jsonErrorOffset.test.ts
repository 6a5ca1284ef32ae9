import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "./jsonErrorOffset.ts";

/** The offset V8 names in its message, when it names one (the oracle of this test only). */
const v8Offset = (text: string): number | "none" | undefined => {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const position = /position (\d+)/u.exec((error as Error).message);
    return position ? Number(position[1]) : "none";
  }
};

describe("jsonErrorOffset", () => {
  it("finds where the text stops being JSON", () => {
    expect(jsonErrorOffset('{"year": 2020}')).toBeUndefined();
    expect(jsonErrorOffset("{oops")).toBe(1);
    expect(jsonErrorOffset('{"year": 2020,}')).toBe(14);
    expect(jsonErrorOffset('{"year": 2020')).toBe(13);
    expect(jsonErrorOffset("[1, 2] 3")).toBe(7);
    expect(jsonErrorOffset('"a\\x"')).toBe(3);
    expect(jsonErrorOffset("-")).toBe(1);
    expect(jsonErrorOffset("01")).toBe(1);
    expect(jsonErrorOffset("")).toBe(0);
  });

  it("reads a text nested however deep without overflowing the stack", () => {
    expect(jsonErrorOffset(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)).toBeUndefined();
    expect(jsonErrorOffset("[".repeat(200_000))).toBe(200_000);
  });

  it("agrees with JSON.parse: the same texts are JSON, and where V8 names a position it is the same", () => {
    const pieces = fc.constantFrom(
      '"',
      "{",
      "}",
      "[",
      "]",
      ":",
      ",",
      " ",
      "\n",
      "1",
      "0",
      "-",
      ".",
      "e",
      "+",
      "true",
      "nul",
      "\\",
      "\\u12",
      "\\n",
      "a",
      "\u0001",
      '"k"',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        const v8 = v8Offset(text);
        const found = jsonErrorOffset(text);
        if (v8 === "none") expect(found).toBeTypeOf("number");
        else expect(found).toBe(v8);
      }),
      { numRuns: 5000 },
    );
  });
});
