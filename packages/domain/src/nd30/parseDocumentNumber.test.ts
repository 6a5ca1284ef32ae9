import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { parseDocumentNumber } from "./parseDocumentNumber.ts";

const codes = (line: string, options?: Parameters<typeof parseDocumentNumber>[1]) =>
  parseDocumentNumber(line, options).issues.map((issue) => issue.code);

describe("parseDocumentNumber", () => {
  it("reads a công văn's number, body and drafting unit", () => {
    expect(parseDocumentNumber("Số: 3589/BGDĐT-GDTX")).toEqual({
      ok: true,
      value: {
        number: 3589,
        symbol: "BGDĐT-GDTX",
        typeAbbreviation: undefined,
        body: "BGDĐT",
        unit: "GDTX",
        draft: false,
      },
      issues: [],
    });
    expect(parseDocumentNumber("Số: 12/UBND-VX").value).toMatchObject({ body: "UBND", unit: "VX" });
    expect(parseDocumentNumber("Số: 5942/BCĐQG-XHHT").value).toMatchObject({ body: "BCĐQG", unit: "XHHT" });
  });

  it("reads a typed document's type abbreviation and body", () => {
    expect(parseDocumentNumber("Số: 12/KH-UBND").value).toEqual({
      number: 12,
      symbol: "KH-UBND",
      typeAbbreviation: "KH",
      body: "UBND",
      unit: undefined,
      draft: false,
    });
    expect(parseDocumentNumber("Số: 15/QĐ-BNV").value).toMatchObject({ typeAbbreviation: "QĐ", body: "BNV" });
    expect(parseDocumentNumber("Số: 19/2025/QĐ-TTg").ok).toBe(false);
    expect(parseDocumentNumber("Số: 01/SY-VP").value).toMatchObject({ typeAbbreviation: "SY", body: "VP" });
  });

  it("reads a draft, whose number is left blank, without issue", () => {
    for (const line of ["Số:      /KH-UBND", "Số: .../KH-UBND", "Số: …/KH-UBND"]) {
      expect(parseDocumentNumber(line), line).toEqual({
        ok: true,
        value: expect.objectContaining({ number: undefined, typeAbbreviation: "KH", body: "UBND", draft: true }),
        issues: [],
      });
    }
  });

  it("flags «Số» without a colon, still reading the number", () => {
    const result = parseDocumentNumber("Số 05/BNV-VP");
    expect(result.ok).toBe(false);
    expect(result.value).toMatchObject({ number: 5, body: "BNV", unit: "VP" });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "nd30.number.colon", severity: "error", params: { expected: "Số: 05/BNV-VP" } }),
    ]);
  });

  it("flags a number below 10 without its leading 0, or a number 10 and over with one", () => {
    const result = parseDocumentNumber("Số: 5/KH-UBND", { lang: "en" });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "nd30.number.leading-zero",
        path: ["number"],
        params: { found: "5", expected: "05" },
        message: "Write «05», not «5»: only numbers below 10 take a leading 0.",
      }),
    ]);
    expect(codes("Số: 012/KH-UBND")).toEqual(["nd30.number.leading-zero"]);
    expect(codes("Số: 05/KH-UBND")).toEqual([]);
    expect(codes("Số: 10/KH-UBND")).toEqual([]);
  });

  it("flags spaces around the slash or the hyphens of the symbol", () => {
    expect(parseDocumentNumber("Số: 3589/BGDĐT - GDTX").issues).toEqual([
      expect.objectContaining({ code: "nd30.number.spacing", params: { expected: "Số: 3589/BGDĐT-GDTX" } }),
    ]);
    expect(codes("Số: 3589 / BGDĐT-GDTX")).toEqual(["nd30.number.spacing"]);
    expect(codes("Số: 3589/ BGDĐT-GDTX")).toEqual(["nd30.number.spacing"]);
  });

  it("flags a symbol with a single group", () => {
    const result = parseDocumentNumber("Số: 12/UBND");
    expect(result.value).toBeUndefined();
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "nd30.number.symbol-parts", params: { symbol: "UBND" } }),
    ]);
  });

  it("flags an unknown type abbreviation of a typed document", () => {
    expect(codes("Số: 12/KHH-UBND", { documentType: "typed" })).toEqual(["nd30.number.unknown-type"]);
    expect(parseDocumentNumber("Số: 12/KHH-UBND", { documentType: "typed" }).issues[0]?.params).toEqual({
      found: "KHH",
    });
    expect(codes("Số: 12/UBND-VX", { documentType: "ke-hoach" })).toEqual(["nd30.number.unknown-type"]);
    expect(codes("Số: 12/KH-UBND", { documentType: "typed" })).toEqual([]);
  });

  it("flags an abbreviation that is not the one of the declared type", () => {
    expect(parseDocumentNumber("Số: 12/BC-UBND", { documentType: "ke-hoach" }).issues).toEqual([
      expect.objectContaining({ code: "nd30.number.type-mismatch", params: { found: "BC", expected: "KH" } }),
    ]);
    expect(codes("Số: 12/TTR-UBND", { documentType: "to-trinh" })).toEqual(["nd30.number.type-mismatch"]);
    expect(codes("Số: 12/TTr-UBND", { documentType: "to-trinh" })).toEqual([]);
  });

  it("reads the symbol of a công văn as body and unit even when told the type", () => {
    expect(parseDocumentNumber("Số: 3589/BGDĐT-GDTX", { documentType: "cong-van" })).toMatchObject({
      ok: true,
      value: { typeAbbreviation: undefined, body: "BGDĐT", unit: "GDTX" },
    });
  });

  it("flags a line that is not a number line at all", () => {
    for (const line of [
      "",
      "3589/BGDĐT-GDTX",
      "Số: 3589",
      "Số: 3a/KH-UBND",
      "Số: 00/KH-UBND",
      "Số: 12/KH--UBND",
      "Số: 12/KH-UBND/VP",
    ]) {
      expect(parseDocumentNumber(line), line).toEqual({
        ok: false,
        value: undefined,
        issues: [expect.objectContaining({ code: "nd30.number.format", path: [] })],
      });
    }
  });

  it("flags a character no document can carry", () => {
    expect(codes("Số: 05/BNV-VP\u0007")).toEqual(["text.xml-illegal", "nd30.number.format"]);
    expect(codes("Số: 05/BNV-VP\uFFFE")).toContain("text.xml-illegal");
  });

  it("treats NFD input like NFC input", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Số: 3589/BGDĐT-GDTX", "Số 5/QĐ-BNV", "Số:      /KH-UBND", "Số: 05/BNV - VP"),
        (line) => {
          expect(parseDocumentNumber(line.normalize("NFD"))).toEqual(parseDocumentNumber(line));
        },
      ),
    );
  });

  it("never throws on random strings, and answers every one with a result", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string().map((s) => `Số: ${s}/${s}-${s}`),
        ),
        (line) => {
          const result = parseDocumentNumber(line);
          expect(result.ok).toBe(result.issues.every((issue) => issue.severity !== "error"));
          expect(parseDocumentNumber(line.normalize("NFD"))).toEqual(parseDocumentNumber(line.normalize("NFC")));
        },
      ),
    );
  });

  it("answers a megabyte of adversarial text in linear time", () => {
    const n = 1 << 20;
    for (const text of [
      `Số: 1/A${" ".repeat(n)}x`,
      `Số: 1/A${" - ".repeat(n / 3)}x`,
      `Số:${" ".repeat(n)}x`,
      `Số: ${"0".repeat(n)}/KH-UBND`,
      `Số: 1/${"-".repeat(n)}`,
      `Số: 1/${"A-".repeat(n / 2)}`,
      "Số".repeat(n / 2),
    ]) {
      expectQuickAnswer(() => parseDocumentNumber(text), 1_000, JSON.stringify(text.slice(0, 20)));
    }
  });

  it("joins the groups of a symbol spaced around its hyphens", () => {
    expect(parseDocumentNumber("Số: 12/KH \u00A0- \tUBND").value?.symbol).toBe("KH-UBND");
  });

  it("refuses a line longer than a line of a document before reading it", () => {
    expect(codes(`Số: 05/KH-${"A".repeat(400)}`)).toEqual(["text.too-long"]);
  });
});
