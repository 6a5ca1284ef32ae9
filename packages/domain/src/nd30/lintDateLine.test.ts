import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { lintDateLine } from "./lintDateLine.ts";
import { parseDateLine } from "./parseDateLine.ts";

describe("lintDateLine", () => {
  it("finds nothing in a correct line", () => {
    expect(lintDateLine("Hà Nội, ngày 15 tháng 9 năm 2020").issues).toEqual([]);
    expect(lintDateLine("Hà Nội, ngày 05 tháng 01 năm 2020").issues).toEqual([]);
  });

  it("returns { ok, value, issues } as parseDateLine does, the value kept with an error of form", () => {
    expect(lintDateLine("Hà Nội, ngày 15 tháng 9 năm 2020")).toEqual({
      ok: true,
      value: { place: "Hà Nội", date: "2020-09-15" },
      issues: [],
    });
    const line = "Hà Nội, ngày 5 tháng 9 năm 2020";
    expect(lintDateLine(line, { lang: "en" })).toEqual(parseDateLine(line, { lang: "en" }));
    expect(lintDateLine(line)).toMatchObject({ ok: false, value: { date: "2020-09-05" } });
    expect(lintDateLine("not a date line")).toMatchObject({ ok: false, value: undefined });
  });

  it("flags the month 9 written 09, in the caller's language", () => {
    expect(lintDateLine("Hà Nội, ngày 15 tháng 09 năm 2020", { lang: "en" }).issues).toEqual([
      expect.objectContaining({
        code: "nd30.date-line.leading-zero",
        message: "Write «tháng 9», not «tháng 09»: only days below 10 and months 1 and 2 take a leading 0.",
      }),
    ]);
  });

  it("never throws on random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (line) => void lintDateLine(line)));
  });

  it("answers a megabyte of adversarial text in linear time", () => {
    const n = 1 << 20;
    for (const text of [
      `Hà Nội${" ".repeat(n)}x`,
      `Hà Nội,${" ".repeat(n)}ngày 5 tháng 1 năm 2020x`,
      `Số:${" ".repeat(n)}x`,
      "a ngày ".repeat(n / 7),
      `${"ngày 1 tháng 1 năm ".repeat(n / 20)}2020`,
      "-".repeat(n),
      ",".repeat(n),
    ]) {
      expectQuickAnswer(() => lintDateLine(text), 1_000, JSON.stringify(text.slice(0, 20)));
    }
  });

  it("reads a line as the one regular expression it replaced did", () => {
    const replaced =
      /^(?<place>[^,\n\r]+?)(?:\s*(?<comma>,)\s*|\s+)ngày\s+(?<day>\d{1,3})\s+tháng\s+(?<month>\d{1,3})\s+năm\s+(?<year>\d{4})$/u;
    const piece = fc.constantFrom(
      "Hà Nội",
      "a",
      " ",
      "  ",
      ",",
      "\n",
      "ngày",
      "ngày 5",
      " tháng 1",
      " năm 2020",
      "5",
      "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join("").trim();
        const old = replaced.exec(text)?.groups;
        const read = parseDateLine(text);
        const formatRefused = read.issues.some((issue) => issue.code === "nd30.date-line.format");
        if (old === undefined || !/\p{L}/u.test(old.place?.trim() ?? "")) expect(formatRefused, text).toBe(true);
        else {
          expect(formatRefused, text).toBe(false);
          expect(
            read.issues.some((issue) => issue.code === "nd30.date-line.comma"),
            text,
          ).toBe(old.comma === undefined);
          if (read.value) expect(read.value.place, text).toBe(old.place?.trim());
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a line longer than a line of a document before reading it, saying the limit", () => {
    const line = `Hà Nội${" ".repeat(400)}, ngày 05 tháng 01 năm 2020`;
    expect(lintDateLine(line, { lang: "en" }).issues).toEqual([
      expect.objectContaining({ code: "text.too-long", params: { maximum: 300, length: line.length } }),
    ]);
  });
});
