import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { communes } from "../../admin/communes/communes.ts";
import { directive2020 } from "../../data/directive2020.ts";
import { samplePlan2020 } from "../../data/samplePlan2020.ts";
import { samplePlan2025 } from "../../data/samplePlan2025.ts";
import { sampleSubmission2020 } from "../../data/sampleSubmission2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { type ProvincialPlan, provincialPlanSchema } from "./ProvincialPlan.ts";
import { validatePlan } from "./validatePlan.ts";

const edit = (change: (draft: ProvincialPlan) => void): unknown => {
  const draft = structuredClone(samplePlan2020) as ProvincialPlan;
  change(draft);
  return draft;
};
const codes = (input: unknown) => validatePlan(input, { directive: directive2020 }).issues.map((issue) => issue.code);
const activity = (plan: ProvincialPlan, code: string) => plan.activities.find((entry) => entry.code === code)!;

describe("validatePlan", () => {
  it("accepts the sample plan without any issue, with or without the directive", () => {
    expect(validatePlan(samplePlan2020, { directive: directive2020 }).issues).toEqual([]);
    expect(validatePlan(samplePlan2020).ok).toBe(true);
  });

  it("flags a province code that does not exist on the plan's date", () => {
    expect(codes(edit((p) => (p.province = "99")))).toEqual(["province.unknown"]);
    expect(codes(edit((p) => ((p as { date: string }).date = "2025-07-15")))).toContain("province.unknown");
  });

  it("flags a plan whose symbol is not a kế hoạch's", () => {
    const result = validatePlan(
      edit((p) => (p.symbol = "BC-SGDĐT")),
      { lang: "en" },
    );
    expect(result.issues).toEqual([expect.objectContaining({ code: "plan.symbol-type", path: ["symbol"] })]);
    expect(result.issues[0]?.message).toContain("«KH-»");
  });

  it("flags an activity code outside the catalogue but accepts a local one", () => {
    expect(codes(edit((p) => (p.activities[0]!.code = "communication.radio")))).toEqual(["plan.activity-unknown"]);
    expect(codes(edit((p) => (p.activities[0]!.code = "local.hoi-sach")))).toEqual([]);
  });

  it("flags an activity that ends before it starts", () => {
    expect(codes(edit((p) => ((p.activities[0]! as { end: string }).end = "2020-09-30")))).toEqual([
      "plan.activity-dates",
    ]);
  });

  it("flags an activity outside the Week unless it is year-round", () => {
    const outside = edit((p) => ((activity(p, "internet-skills.training") as { end: string }).end = "2020-10-09"));
    expect(validatePlan(outside, { directive: directive2020 }).issues).toEqual([
      expect.objectContaining({
        code: "plan.activity-outside-week",
        path: ["activities", 3, "start"],
        params: { start: "2020-10-02", end: "2020-10-09", weekStart: "2020-10-01", weekEnd: "2020-10-07" },
      }),
    ]);
    const yearRound = edit((p) => {
      const entry = activity(p, "internet-skills.training") as { end: string; yearRound: boolean };
      entry.end = "2020-10-09";
      entry.yearRound = true;
    });
    expect(codes(yearRound)).toEqual([]);
  });

  it("flags an opening ceremony that is not on the opening day", () => {
    const input = edit((p) => {
      const opening = activity(p, "opening-ceremony") as { start: string; end: string };
      opening.start = "2020-10-02";
      opening.end = "2020-10-02";
    });
    expect(codes(input)).toEqual(["plan.opening-day"]);
  });

  it("flags each activity group the directive requires and the plan lacks", () => {
    const input = edit((p) => (p.activities = p.activities.filter((entry) => entry.code !== "opening-ceremony")));
    expect(validatePlan(input, { directive: directive2020 }).issues).toEqual([
      expect.objectContaining({ code: "plan.group-missing", params: { group: "b" } }),
    ]);
  });

  it("flags a stated budget total that the lines do not add up to", () => {
    expect(validatePlan(edit((p) => (p.budgetTotal = 45_000_000))).issues).toEqual([
      expect.objectContaining({ code: "plan.budget-total", params: { stated: 45_000_000, sum: 45_500_000 } }),
    ]);
  });

  it("accepts a dự toán for its appendix whose total is the plan's budget", () => {
    const plan = edit((p) => {
      p.budgetEstimate = structuredClone(sampleSubmission2020.budgetEstimate);
      p.issuerName = "Sở Giáo dục và Đào tạo tỉnh Nam Định";
    });
    expect(validatePlan(plan, { directive: directive2020 })).toMatchObject({ ok: true, issues: [] });
  });

  it("asks for the issuer's name when the plan has an appendix (appendix.issuer-name, Phụ lục I, mục III.1.c)", () => {
    // «Thông tin chỉ dẫn kèm theo văn bản trên mỗi Phụ lục được ban hành bao gồm: Số, ký hiệu văn bản, thời gian ban
    // hành văn bản và tên cơ quan, tổ chức ban hành văn bản.»
    const plan = edit((p) => (p.budgetEstimate = structuredClone(sampleSubmission2020.budgetEstimate)));
    const vi = validatePlan(plan).issues;
    expect(vi).toEqual([
      expect.objectContaining({ code: "appendix.issuer-name", severity: "error", path: ["issuerName"] }),
    ]);
    expect(vi[0]?.message).toContain("tên cơ quan ban hành");
    expect(validatePlan(plan, { lang: "en" }).issues[0]?.message).toContain("names the body that issues");
    expect(validatePlan(samplePlan2020).issues).toEqual([]);
  });

  it("checks the appendix's dự toán: amounts, total, and the same total as the plan's budget (plan.budget-estimate-total)", () => {
    const estimate = structuredClone(sampleSubmission2020.budgetEstimate)!;
    const wrongLine = edit((p) => {
      p.issuerName = "Sở Giáo dục và Đào tạo tỉnh Nam Định";
      p.budgetEstimate = structuredClone(estimate);
      p.budgetEstimate.lines[1]!.amount = 15_000_001;
    });
    expect(validatePlan(wrongLine, { lang: "en" }).issues).toEqual([
      expect.objectContaining({ code: "budget.line-amount", path: ["budgetEstimate", "lines", 1, "amount"] }),
      expect.objectContaining({ code: "budget.total", path: ["budgetEstimate", "total"] }),
    ]);
    const other = edit((p) => {
      p.issuerName = "Sở Giáo dục và Đào tạo tỉnh Nam Định";
      p.budgetEstimate = { ...structuredClone(estimate), lines: [estimate.lines[0]!], total: 6_000_000 };
    });
    const vi = validatePlan(other).issues;
    expect(vi).toEqual([
      expect.objectContaining({
        code: "plan.budget-estimate-total",
        severity: "error",
        path: ["budgetEstimate", "total"],
        params: { estimate: 6_000_000, planned: "45500000" },
      }),
    ]);
    expect(vi[0]?.message).toContain("Dự toán kinh phí kèm theo kế hoạch");
    expect(validatePlan(other, { lang: "en" }).issues[0]?.message).toContain("attached to the plan");
    const onlyEstimate = edit((p) => {
      p.issuerName = "Sở Giáo dục và Đào tạo tỉnh Nam Định";
      p.budgetEstimate = { ...structuredClone(estimate), lines: [estimate.lines[0]!], total: 6_000_000 };
      p.budget = [];
      delete (p as { budgetTotal?: number }).budgetTotal;
    });
    expect(codes(onlyEstimate)).toEqual([]);
  });

  it("adds the budget lines exactly, even beyond the safe integer range", () => {
    const input = edit((p) => {
      p.budget = [
        { ...p.budget[0]!, amount: Number.MAX_SAFE_INTEGER },
        { ...p.budget[0]!, amount: 2 },
      ];
      p.budgetTotal = Number.MAX_SAFE_INTEGER;
    });
    expect(validatePlan(input).issues).toEqual([
      expect.objectContaining({
        code: "plan.budget-total",
        params: { stated: Number.MAX_SAFE_INTEGER, sum: "9007199254740993" },
      }),
    ]);
  });

  it("warns when the plan is dated after the Week began", () => {
    const result = validatePlan(edit((p) => ((p as { date: string }).date = "2020-10-02")));
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => issue.code)).toEqual(["plan.issued-after-week"]);
  });

  it("refuses a field it does not know rather than dropping it silently", () => {
    const result = validatePlan(
      edit((p) => ((p as Record<string, unknown>).budgettotal = 1)),
      { lang: "en" },
    );
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "schema.unknown-key", path: [], params: { keys: "budgettotal" } }),
    ]);
  });

  it("refuses money that is not a whole number of đồng", () => {
    expect(codes(edit((p) => (p.budget[0]!.amount = 1.5)))).toEqual(["schema.invalid-type"]);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        expect(validatePlan(input).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string(), fc.integer(), (text, number) => {
        validatePlan(edit((p) => ((p as Record<string, unknown>)[text] = number)));
        validatePlan(edit((p) => (p.activities[0]!.responsible = [text])));
      }),
      { numRuns: 200 },
    );
  });
});

describe("validatePlan in one round", () => {
  const options = { directive: directive2020, lang: "en" } as const;
  const found = (input: unknown) =>
    validatePlan(input, options).issues.map((issue) => [issue.code, issue.path.join(".")]);

  it("reports a blank subject and an activity outside the Week in one call", () => {
    const result = validatePlan(
      edit((p) => {
        p.subject = "";
        (p.activities[0] as { end: string }).end = "2020-10-12";
      }),
      options,
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["text.blank", "subject"],
      ["plan.activity-outside-week", "activities.0.start"],
    ]);
  });

  it("reports no rule on a field the schema refused, nor any rule that reads it", () => {
    const misdated = edit((p) => {
      p.province = "99";
      p.symbol = "BC-SGDĐT";
      (p as { date: string }).date = "2020-02-30";
    });
    expect(found(misdated)).toEqual([
      ["date.format", "date"],
      ["plan.symbol-type", "symbol"],
    ]);
    const badActivity = edit((p) => {
      p.budgetTotal = 1;
      (p.activities[0] as { start: string }).start = "01/10/2020";
      p.activities[1]!.yearRound = false;
    });
    expect(found(badActivity)).toEqual([
      ["date.format", "activities.0.start"],
      ["plan.budget-total", "budgetTotal"],
    ]);
  });

  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = edit((p) => {
      p.province = "99";
      p.symbol = "BC-SGDĐT";
      p.issuer = "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH";
      p.copies = ["Các phòng GDĐT"];
      p.budgetTotal = 1;
      (p.activities[0] as { end: string }).end = "2020-10-12";
    }) as Record<string, unknown>;
    const before = validatePlan(flawed, options).issues;
    expect(new Set(before.map((issue) => issue.path[0])).size).toBeGreaterThanOrEqual(5);
    expectRulesSurviveRefusal({
      schema: provincialPlanSchema,
      validate: (input) => validatePlan(input, options),
      flawed,
      unread: ["parentBody", "number", "place", "subject", "legalBases", "constraints"],
    });
  });
});

describe("validatePlan with knownUnits", () => {
  const knownUnits = { communes: communes("2025-07-01") };

  it("refuses a Ninh Bình ward's plan filed for Hà Nội, and accepts it for Ninh Bình", () => {
    const result = validatePlan({ ...samplePlan2025, province: "01", commune: "14329" }, { knownUnits, lang: "en" });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "commune.other-province",
        path: ["commune"],
        params: { code: "14329", name: "Phường Hoa Lư", province: "37", expected: "01" },
      }),
    ]);
    expect(validatePlan({ ...samplePlan2025, commune: "14329" }, { knownUnits }).issues).toEqual([]);
    expect(validatePlan({ ...samplePlan2025, commune: "00001" }, { knownUnits }).issues).toEqual([
      expect.objectContaining({ code: "commune.unknown", path: ["commune"] }),
    ]);
  });
});

describe("validatePlan's district-level warnings in one round", () => {
  it("warns of a district body in «Nơi nhận» when an activity is refused, and of both when none is", () => {
    const copies = ["Như trên", "UBND các huyện", "Lưu: VT, GDTX"];
    const activities = samplePlan2025.activities.map((activity, index) =>
      index === 0 ? { ...activity, responsible: ["Phòng GDĐT huyện Ý Yên"] } : activity,
    );
    const found = (input: unknown) =>
      validatePlan(input)
        .issues.filter((issue) => issue.code === "actor.district-abolished")
        .map((issue) => issue.path.join("."));
    expect(found({ ...samplePlan2025, copies, activities })).toEqual(["activities.0.responsible.0", "copies.1"]);
    const refused = activities.map((activity, index) =>
      index === 1 ? { ...activity, start: "2025-02-30" } : activity,
    );
    expect(found({ ...samplePlan2025, copies, activities: refused })).toEqual(["copies.1"]);
  });
});

describe("validatePlan's dự toán in one round", () => {
  it("checks the sums of an estimate refused for its subject only", () => {
    const input = {
      ...samplePlan2020,
      issuerName: "Sở Giáo dục và Đào tạo tỉnh Nam Định",
      budgetEstimate: { ...sampleSubmission2020.budgetEstimate!, subject: "", total: 1 },
    };
    expect(
      validatePlan(input, { directive: directive2020 }).issues.map((issue) => [issue.code, issue.path.join(".")]),
    ).toEqual([
      ["text.blank", "budgetEstimate.subject"],
      ["budget.total", "budgetEstimate.total"],
      ["plan.budget-estimate-total", "budgetEstimate.total"],
    ]);
  });
});
