import { describe, expect, it } from "vitest";
import { sampleSubmission2020 } from "../../data/sampleSubmission2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { type Submission, submissionSchema } from "./Submission.ts";
import { validateSubmission } from "./validateSubmission.ts";

const edit = (change: (draft: Submission) => void): unknown => {
  const draft = structuredClone(sampleSubmission2020);
  change(draft);
  return draft;
};
const codes = (input: unknown) => validateSubmission(input).issues.map((issue) => issue.code);

describe("validateSubmission", () => {
  it("accepts the sample submission without any issue, its estimate parsed with its notes", () => {
    const result = validateSubmission(sampleSubmission2020);
    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(result.value?.budgetEstimate?.total).toBe(45_500_000);
  });

  it("accepts a submission without an estimate, body or căn cứ", () => {
    const bare = edit((s) => {
      delete s.budgetEstimate;
      delete (s as { body?: unknown }).body;
      delete (s as { legalBases?: unknown }).legalBases;
    });
    expect(validateSubmission(bare)).toMatchObject({ ok: true, issues: [] });
  });

  it("refuses a symbol that does not start with «TTr» (submission.symbol-type), in Vietnamese and in English", () => {
    const invented = edit((s) => (s.symbol = "DT-SGDĐT"));
    const [vi] = validateSubmission(invented).issues;
    expect(vi).toMatchObject({
      code: "submission.symbol-type",
      severity: "error",
      path: ["symbol"],
      params: { symbol: "DT-SGDĐT" },
      basis: { document: "Nghị định 30/2020/NĐ-CP", article: "Phụ lục III" },
    });
    expect(vi?.message).toContain("Ký hiệu của tờ trình phải bắt đầu bằng «TTr-»");
    expect(validateSubmission(invented, { lang: "en" }).issues[0]?.message).toContain("A submission's symbol");
    expect(codes(edit((s) => (s.symbol = "TTR-SGDĐT")))).toEqual(["submission.symbol-type"]);
    expect(codes(edit((s) => (s.symbol = "ttr-SGDĐT")))).toEqual(["letter.symbol"]);
  });

  it("checks the estimate's amounts and total under budgetEstimate (budget.line-amount, budget.total)", () => {
    const result = validateSubmission(
      edit((s) => {
        s.budgetEstimate!.lines[0]!.quantity = 21;
        s.budgetEstimate!.total = 1;
      }),
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "budget.line-amount",
        path: ["budgetEstimate", "lines", 0, "amount"],
        params: { stated: 6_000_000, product: "6300000" },
      }),
      expect.objectContaining({
        code: "budget.total",
        path: ["budgetEstimate", "total"],
        params: { stated: 1, sum: "45500000" },
      }),
    ]);
  });

  it("asks for the issuer's name only when an appendix's «(Kèm theo …)» line needs it (appendix.issuer-name)", () => {
    expect(codes(edit((s) => delete s.issuerName))).toEqual(["appendix.issuer-name"]);
    expect(
      codes(
        edit((s) => {
          delete s.issuerName;
          delete s.budgetEstimate;
        }),
      ),
    ).toEqual([]);
  });

  it("asks for at least one «Kính gửi» recipient and one line of request", () => {
    expect(codes(edit((s) => (s.recipients = [])))).toEqual(["schema.too-small"]);
    expect(codes(edit((s) => (s.proposal = [])))).toEqual(["schema.too-small"]);
    expect(codes(edit((s) => (s.recipients = ["Ủy ban nhân dân\ntỉnh"])))).toEqual(["text.line-break"]);
  });

  it("checks the body's blocks as a letter's (block.point-label) and a «Nơi nhận» ending «Lưu» (copies.luu)", () => {
    expect(codes(edit((s) => (s.body = [{ type: "point", label: "f)", text: "Nội dung" }])))).toEqual([
      "block.point-label",
    ]);
    expect(codes(edit((s) => (s.copies = ["Như trên", "Sở Tài chính"])))).toEqual(["copies.luu"]);
  });
});

describe("validateSubmission in one round", () => {
  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = edit((s) => {
      s.symbol = "DT-SGDĐT";
      s.budgetEstimate!.total = 1;
      s.copies = ["Như trên"];
    }) as Record<string, unknown>;
    const before = validateSubmission(flawed).issues;
    expect(before.map((issue) => issue.code)).toEqual(["submission.symbol-type", "budget.total", "copies.luu"]);
    expectRulesSurviveRefusal({
      schema: submissionSchema,
      validate: validateSubmission,
      flawed,
      unread: ["parentBody", "number", "place", "date", "recipients", "subject", "legalBases", "body", "proposal"],
    });
  });

  it("checks the sums of an estimate refused for its subject only, and nothing that needs the whole estimate", () => {
    const input = edit((s) => {
      s.budgetEstimate!.subject = "";
      s.budgetEstimate!.total = 1;
      delete (s as { issuerName?: string }).issuerName;
    });
    expect(validateSubmission(input).issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["text.blank", "budgetEstimate.subject"],
      ["budget.total", "budgetEstimate.total"],
    ]);
  });
});
