import { describe, expect, it } from "vitest";
import { documentTypes } from "../data/documentTypes.ts";
import { createTranslator } from "../i18n/createTranslator.ts";
import { symbolTypeIssue } from "./symbolTypeIssue.ts";

const t = createTranslator({ lang: "en" });

describe("symbolTypeIssue", () => {
  it("accepts a symbol that starts with the type's Phụ lục III abbreviation, alone or before a «-»", () => {
    expect(symbolTypeIssue(t, "KH-UBND", "ke-hoach", "plan.symbol-type")).toBeUndefined();
    expect(symbolTypeIssue(t, "BC", "bao-cao", "report.symbol-type")).toBeUndefined();
    expect(symbolTypeIssue(t, "TTr-SGDĐT", "to-trinh", "submission.symbol-type")).toBeUndefined();
  });

  it("flags another type's abbreviation, or one that only starts the same, with the symbol as its param", () => {
    expect(symbolTypeIssue(t, "BCA-UBND", "bao-cao", "report.symbol-type")).toMatchObject({
      code: "report.symbol-type",
      path: ["symbol"],
      params: { symbol: "BCA-UBND" },
    });
    expect(symbolTypeIssue(t, "TB-SGDĐT", "giay-moi", "invitation.symbol-type")?.params).toEqual({
      symbol: "TB-SGDĐT",
    });
  });

  it("reads every abbreviation from documentTypes", () => {
    for (const type of documentTypes) {
      if (type.abbreviation === undefined) continue;
      expect(symbolTypeIssue(t, `${type.abbreviation}-UBND`, type.code, "plan.symbol-type")).toBeUndefined();
    }
  });

  it("for a type without an abbreviation, flags a symbol that starts with one, naming it", () => {
    expect(symbolTypeIssue(t, "BGDĐT-GDTX", "cong-van", "letter.symbol-type")).toBeUndefined();
    expect(symbolTypeIssue(t, "KH-BGDĐT", "cong-van", "letter.symbol-type")?.params).toEqual({
      symbol: "KH-BGDĐT",
      type: "KH",
    });
  });

  it("for «typed», flags a symbol that starts with no abbreviation, naming the group found", () => {
    expect(symbolTypeIssue(t, "TTr-SGDĐT", "typed", "budget.symbol-type")).toBeUndefined();
    expect(symbolTypeIssue(t, "DT-SGDĐT", "typed", "budget.symbol-type")?.params).toEqual({
      symbol: "DT-SGDĐT",
      type: "DT",
    });
  });
});
