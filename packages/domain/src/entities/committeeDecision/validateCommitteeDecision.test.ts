import { describe, expect, it } from "vitest";
import { sampleCommitteeDecision2020 } from "../../data/sampleCommitteeDecision2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { type CommitteeDecision, committeeDecisionSchema } from "./CommitteeDecision.ts";
import { validateCommitteeDecision } from "./validateCommitteeDecision.ts";

const edit = (change: (draft: CommitteeDecision) => void): unknown => {
  const draft = structuredClone(sampleCommitteeDecision2020) as CommitteeDecision;
  change(draft);
  return draft;
};
const codes = (input: unknown) => validateCommitteeDecision(input).issues.map((issue) => issue.code);

describe("validateCommitteeDecision", () => {
  it("accepts the sample decision without any issue", () => {
    const result = validateCommitteeDecision(sampleCommitteeDecision2020);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("flags a symbol that is not a decision's (decision.symbol-type)", () => {
    const result = validateCommitteeDecision(
      edit((d) => (d.symbol = "KH-UBND")),
      { lang: "en" },
    );
    expect(result.issues).toEqual([expect.objectContaining({ code: "decision.symbol-type", path: ["symbol"] })]);
    expect(result.issues[0]?.message).toContain("«QĐ-»");
    expect(codes(edit((d) => (d.symbol = "QĐ-SGDĐT")))).toEqual([]);
  });

  it("requires exactly one head of the committee (decision.head-count)", () => {
    const none = edit((d) => (d.members[0]!.role = "member"));
    expect(validateCommitteeDecision(none).issues).toEqual([
      expect.objectContaining({ code: "decision.head-count", path: ["members"], params: { count: 0 } }),
    ]);
    expect(codes(edit((d) => (d.members[1]!.role = "head")))).toEqual(["decision.head-count"]);
    expect(codes(edit((d) => (d.members = d.members.filter((m) => m.role === "head"))))).toEqual([]);
  });

  it("refuses lower-case drafter initials (drafter.initials) and accepts upper-case ones", () => {
    expect(codes(edit((d) => (d.drafter = { initials: "pl", copies: 3 })))).toEqual(["drafter.initials"]);
    expect(codes(edit((d) => (d.drafter = { initials: "ĐPL", copies: 3 })))).toEqual([]);
  });

  it("refuses unknown fields and a missing member list", () => {
    expect(codes({ ...sampleCommitteeDecision2020, extra: 1 })).toEqual(["schema.unknown-key"]);
    expect(codes(edit((d) => (d.members = [])))).toEqual(["schema.too-small"]);
  });
});

describe("validateCommitteeDecision in one round", () => {
  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = edit((d) => {
      d.symbol = "KH-UBND";
      d.members[0]!.role = "member";
      d.copies = ["Như trên"];
    }) as Record<string, unknown>;
    const before = validateCommitteeDecision(flawed).issues;
    expect(before.map((issue) => issue.code)).toEqual(["decision.symbol-type", "decision.head-count", "copies.luu"]);
    expectRulesSurviveRefusal({
      schema: committeeDecisionSchema,
      validate: validateCommitteeDecision,
      flawed,
      unread: [
        "number",
        "place",
        "date",
        "issuerName",
        "subject",
        "legalBases",
        "committeeName",
        "duties",
        "executors",
        "drafter",
      ],
    });
  });
});
