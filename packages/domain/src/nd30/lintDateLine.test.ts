import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDateLine } from "./lintDateLine.ts";

describe("lintDateLine", () => {
  it("finds nothing in a correct line", () => {
    expect(lintDateLine("Hà Nội, ngày 15 tháng 9 năm 2020")).toEqual([]);
    expect(lintDateLine("Hà Nội, ngày 05 tháng 01 năm 2020")).toEqual([]);
  });

  it("flags the month 9 written 09, in the caller's language", () => {
    expect(lintDateLine("Hà Nội, ngày 15 tháng 09 năm 2020", { lang: "en" })).toEqual([
      expect.objectContaining({
        code: "nd30.date-line.leading-zero",
        message: "Write «tháng 9», not «tháng 09»: only days below 10 and months 1 and 2 take a leading 0.",
      }),
    ]);
  });

  it("never throws on random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (line) => void lintDateLine(line)));
  });
});
