import { describe, expect, it } from "vitest";
import { sampleNationalSummaryMeta2020 } from "../../data/sampleNationalSummaryMeta2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { nationalSummaryMetaSchema } from "./NationalSummaryMeta.ts";
import { validateNationalSummaryMeta } from "./validateNationalSummaryMeta.ts";

describe("validateNationalSummaryMeta", () => {
  it("accepts the sample fields without any issue", () => {
    expect(validateNationalSummaryMeta(sampleNationalSummaryMeta2020)).toMatchObject({ ok: true, issues: [] });
  });

  it("flags a symbol that is not a report's (national-summary.symbol-type)", () => {
    const result = validateNationalSummaryMeta({ ...sampleNationalSummaryMeta2020, symbol: "BGDĐT-GDTX" });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "national-summary.symbol-type",
        path: ["symbol"],
        params: { symbol: "BGDĐT-GDTX" },
      }),
    ]);
    expect(validateNationalSummaryMeta({ ...sampleNationalSummaryMeta2020, symbol: "BC-BGDĐT" }).ok).toBe(true);
  });

  it("refuses an impossible as-of date", () => {
    const result = validateNationalSummaryMeta({ ...sampleNationalSummaryMeta2020, asOf: "2020-11-31" });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toContain("date.format");
  });
});

describe("validateNationalSummaryMeta in one round", () => {
  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = { ...sampleNationalSummaryMeta2020, symbol: "BGDĐT-GDTX", copies: ["Như trên"] };
    const before = validateNationalSummaryMeta(flawed).issues;
    expect(before.map((issue) => issue.code)).toEqual(["national-summary.symbol-type", "copies.luu"]);
    expectRulesSurviveRefusal({
      schema: nationalSummaryMetaSchema,
      validate: validateNationalSummaryMeta,
      flawed,
      unread: [
        "year",
        "number",
        "place",
        "date",
        "issuerName",
        "subject",
        "recipients",
        "introduction",
        "assessment",
        "proposals",
      ],
    });
  });
});
