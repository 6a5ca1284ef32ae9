import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleBudgetEstimate2020 } from "../../data/sampleBudgetEstimate2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { type BudgetEstimate, budgetEstimateSchema } from "./BudgetEstimate.ts";
import { validateBudgetEstimate } from "./validateBudgetEstimate.ts";

const edit = (change: (draft: BudgetEstimate) => void): unknown => {
  const draft = structuredClone(sampleBudgetEstimate2020) as BudgetEstimate;
  change(draft);
  return draft;
};
const codes = (input: unknown) => validateBudgetEstimate(input).issues.map((issue) => issue.code);

describe("validateBudgetEstimate", () => {
  it("accepts the sample estimate without any issue", () => {
    expect(validateBudgetEstimate(sampleBudgetEstimate2020)).toMatchObject({ ok: true, issues: [] });
  });

  it("refuses a symbol not starting with a Phụ lục III abbreviation, telling where a dự toán goes (budget.symbol-type)", () => {
    const invented = edit((e) => (e.symbol = "DT-SGDĐT"));
    const [vi] = validateBudgetEstimate(invented).issues;
    expect(vi).toMatchObject({
      code: "budget.symbol-type",
      severity: "error",
      path: ["symbol"],
      params: { symbol: "DT-SGDĐT", type: "DT" },
      basis: { document: "Nghị định 30/2020/NĐ-CP", article: "Điều 7; Phụ lục III" },
    });
    expect(vi?.message).toContain("phụ lục của kế hoạch");
    const [en] = validateBudgetEstimate(invented, { lang: "en" }).issues;
    expect(en?.message).toContain("appendix of a plan");
    expect(codes(edit((e) => (e.symbol = "SGDĐT-KHTC")))).toEqual(["budget.symbol-type"]);
    expect(codes(edit((e) => (e.symbol = "KH-SGDĐT")))).toEqual([]);
  });

  it("flags a line whose amount is not quantity × unit price (budget.line-amount)", () => {
    const result = validateBudgetEstimate(
      edit((e) => {
        e.lines[0]!.amount = 6_000_001;
        e.total += 1;
      }),
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "budget.line-amount",
        path: ["lines", 0, "amount"],
        params: { stated: 6_000_001, product: "6000000" },
      }),
    ]);
  });

  it("flags a total that is not the sum of the lines (budget.total)", () => {
    const result = validateBudgetEstimate(
      edit((e) => (e.total = 45_000_000)),
      { lang: "en" },
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "budget.total",
        path: ["total"],
        params: { stated: 45_000_000, sum: "45500000" },
      }),
    ]);
    expect(result.issues[0]?.message).toContain("45500000");
  });

  it("computes quantity × unit price exactly, beyond Number's safe range", () => {
    const result = validateBudgetEstimate(
      edit((e) => {
        e.lines = [
          { item: "A", unit: "gói", quantity: 3, unitPrice: 3_002_399_751_580_331, amount: Number.MAX_SAFE_INTEGER },
        ];
        e.total = Number.MAX_SAFE_INTEGER;
      }),
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "budget.line-amount",
        params: { stated: Number.MAX_SAFE_INTEGER, product: "9007199254740993" },
      }),
    ]);
  });

  it("accepts any estimate whose amounts and total are computed, and flags any other total", () => {
    const line = fc
      .record({ quantity: fc.integer({ min: 1, max: 1000 }), unitPrice: fc.integer({ min: 0, max: 50_000_000 }) })
      .map(({ quantity, unitPrice }) => ({
        item: "Hạng mục",
        unit: "cái",
        quantity,
        unitPrice,
        amount: quantity * unitPrice,
      }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 1000 }), (lines, off) => {
        const total = lines.reduce((sum, l) => sum + l.amount, 0);
        expect(codes(edit((e) => Object.assign(e, { lines, total })))).toEqual([]);
        expect(codes(edit((e) => Object.assign(e, { lines, total: total + off })))).toEqual(["budget.total"]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("validateBudgetEstimate in one round", () => {
  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = edit((e) => {
      e.symbol = "DT-SGDĐT";
      e.lines[0]!.amount = 1;
      e.copies = ["Như trên"];
    }) as Record<string, unknown>;
    const before = validateBudgetEstimate(flawed).issues;
    expect(before.map((issue) => issue.code)).toEqual([
      "budget.symbol-type",
      "budget.line-amount",
      "budget.total",
      "copies.luu",
    ]);
    expectRulesSurviveRefusal({
      schema: budgetEstimateSchema,
      validate: validateBudgetEstimate,
      flawed,
      unread: ["parentBody", "number", "place", "date", "subject", "legalBases", "notes"],
    });
  });
});
