import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDateLine } from "./parseDateLine.ts";

const seed = readFileSync(
  new URL("../../../../test/fixtures/cong-van-3589-BGDDT-GDTX-2020.txt", import.meta.url),
  "utf8",
);

const codes = (line: string) => parseDateLine(line).issues.map((issue) => issue.code);

describe("parseDateLine", () => {
  it("reads a correct line without issue", () => {
    for (const [line, place, date] of [
      ["Hà Nội, ngày 15 tháng 9 năm 2020", "Hà Nội", "2020-09-15"],
      ["Hà Nội, ngày 05 tháng 01 năm 2020", "Hà Nội", "2020-01-05"],
      ["Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", "Thành phố Hồ Chí Minh", "2019-06-29"],
      ["Nam Định, ngày 09 tháng 02 năm 2024", "Nam Định", "2024-02-09"],
    ] as const) {
      expect(parseDateLine(line), line).toEqual({ ok: true, value: { place, date }, issues: [] });
    }
  });

  it("flags the published line of the 2020 letter, whose month 9 is written 09", () => {
    const published = seed
      .split("\n")
      .map((line) => line.replace(/^\|?\s*|\s*\|?\s*$/g, ""))
      .find((line) => line.startsWith("Hà Nội, ngày"));
    expect(published).toBe("Hà Nội, ngày 15 tháng 09 năm 2020");
    const result = parseDateLine(published!);
    expect(result.ok).toBe(false);
    expect(result.value).toEqual({ place: "Hà Nội", date: "2020-09-15" });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "nd30.date-line.leading-zero",
        severity: "error",
        path: ["month"],
        params: { found: "tháng 09", expected: "tháng 9", line: "Hà Nội, ngày 15 tháng 9 năm 2020" },
        basis: { document: "Nghị định 30/2020/NĐ-CP", article: "Phụ lục I, Phần I, mục II.4" },
        message: "Viết «tháng 9», không viết «tháng 09»: chỉ ngày nhỏ hơn 10 và tháng 1, 2 mới thêm số 0 phía trước.",
      }),
    ]);
  });

  it("flags a day below 10 or a month 1 or 2 written without its leading 0, one issue per part", () => {
    const issues = parseDateLine("Hà Nội, ngày 5 tháng 1 năm 2020", { lang: "en" }).issues;
    expect(issues.map((issue) => [issue.path[0], issue.params.found, issue.params.expected])).toEqual([
      ["day", "ngày 5", "ngày 05"],
      ["month", "tháng 1", "tháng 01"],
    ]);
    expect(issues[0]?.message).toBe(
      "Write «ngày 05», not «ngày 5»: only days below 10 and months 1 and 2 take a leading 0.",
    );
    expect(codes("Hà Nội, ngày 015 tháng 10 năm 2020")).toEqual(["nd30.date-line.leading-zero"]);
  });

  it("flags a missing comma after the place", () => {
    const result = parseDateLine("Hà Nội ngày 15 tháng 9 năm 2020");
    expect(result.value).toEqual({ place: "Hà Nội", date: "2020-09-15" });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "nd30.date-line.comma", params: { expected: "Hà Nội, ngày" } }),
    ]);
  });

  it("flags a place whose first letters are not capitalised", () => {
    expect(parseDateLine("hà Nội, ngày 15 tháng 9 năm 2020").issues).toEqual([
      expect.objectContaining({ code: "nd30.date-line.place-case", params: { found: "hà Nội", expected: "Hà Nội" } }),
    ]);
    expect(parseDateLine("Hà nội, ngày 15 tháng 9 năm 2020").issues[0]?.params).toEqual({
      found: "Hà nội",
      expected: "Hà Nội",
    });
    expect(parseDateLine("thành phố Hồ Chí Minh, ngày 15 tháng 9 năm 2020").issues[0]?.params).toMatchObject({
      expected: "Thành phố Hồ Chí Minh",
    });
    expect(codes("Buôn Ma Thuột, ngày 15 tháng 9 năm 2020")).toEqual([]);
  });

  it("flags a date that does not exist", () => {
    const result = parseDateLine("Hà Nội, ngày 29 tháng 02 năm 2021");
    expect(result.value).toBeUndefined();
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "nd30.date-line.impossible", params: { day: 29, month: 2, year: 2021 } }),
    ]);
    expect(codes("Hà Nội, ngày 15 tháng 13 năm 2020")).toEqual(["nd30.date-line.impossible"]);
    expect(codes("Hà Nội, ngày 00 tháng 10 năm 2020")).toEqual(["nd30.date-line.impossible"]);
  });

  it("flags a line that is not a place and date at all", () => {
    for (const line of [
      "",
      "Hà Nội",
      "ngày 15 tháng 9 năm 2020",
      "Hà Nội, 15/09/2020",
      "Hà Nội, Việt Nam, ngày 15 tháng 9 năm 2020",
      "Hà Nội, ngày 15 tháng 9 năm 20",
      "Hà Nội, ngày   tháng 9 năm 2020",
      "123, ngày 15 tháng 9 năm 2020",
    ]) {
      expect(parseDateLine(line), line).toEqual({
        ok: false,
        value: undefined,
        issues: [expect.objectContaining({ code: "nd30.date-line.format", path: [] })],
      });
    }
  });

  it("treats NFD input like NFC input", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "Hà Nội, ngày 15 tháng 09 năm 2020",
          "thành phố Huế ngày 5 tháng 1 năm 2025",
          "Đà Nẵng, ngày 30 tháng 02 năm 2020",
        ),
        (line) => {
          expect(parseDateLine(line.normalize("NFD"))).toEqual(parseDateLine(line));
        },
      ),
    );
  });

  it("never throws on random strings, and keeps ok in step with the issues", () => {
    const anyLine = fc.oneof(
      fc.string({ unit: "binary" }),
      fc
        .tuple(fc.string(), fc.nat(120), fc.nat(20), fc.integer({ min: 0, max: 9999 }))
        .map(([place, d, m, y]) => `${place}, ngày ${d} tháng ${m} năm ${String(y).padStart(4, "0")}`),
    );
    fc.assert(
      fc.property(anyLine, (line) => {
        const result = parseDateLine(line);
        expect(result.ok).toBe(result.issues.every((issue) => issue.severity !== "error"));
        expect(parseDateLine(line.normalize("NFD"))).toEqual(parseDateLine(line.normalize("NFC")));
      }),
    );
  });
});
