import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { communes } from "../../admin/communes/communes.ts";
import { districts } from "../../admin/districts/districts.ts";
import { directive2020 } from "../../data/directive2020.ts";
import { sampleReport2020 } from "../../data/sampleReport2020.ts";
import { sampleReport2024 } from "../../data/sampleReport2024.ts";
import { sampleReport2025 } from "../../data/sampleReport2025.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { type ProvincialReport, provincialReportSchema } from "./ProvincialReport.ts";
import { validateReport } from "./validateReport.ts";

const edit = (change: (draft: ProvincialReport) => void): unknown => {
  const draft = structuredClone(sampleReport2020) as ProvincialReport;
  change(draft);
  return draft;
};
const issuesOf = (input: unknown) => validateReport(input, { directive: directive2020 }).issues;
const codes = (input: unknown) => issuesOf(input).map((issue) => issue.code);

describe("validateReport", () => {
  it("accepts the sample report without any issue", () => {
    expect(issuesOf(sampleReport2020)).toEqual([]);
  });

  it("warns that a report sent after the deadline is late, by days and working days, in Vietnam's time", () => {
    const result = validateReport(
      edit((r) => (r.submittedAt = "2020-11-02T08:00:00+07:00")),
      { directive: directive2020 },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "report.late",
        severity: "warning",
        path: ["submittedAt"],
        params: { submittedOn: "2020-11-02", lastDay: "2020-10-29", daysLate: 4, workingDaysLate: 2 },
      }),
    ]);
  });

  it("judges a submission at 23:30 in Frankfurt by the date in Hanoi", () => {
    expect(codes(edit((r) => (r.submittedAt = "2020-10-29T16:59:00Z")))).toEqual([]);
    expect(codes(edit((r) => (r.submittedAt = "2020-10-29T23:30:00+01:00")))).toEqual(["report.late"]);
  });

  it("uses a deadline given by the caller over the directive's", () => {
    const result = validateReport(sampleReport2020, { deadline: { kind: "noLaterThan", date: "2020-10-20" } });
    expect(result.issues.map((issue) => issue.params.daysLate)).toEqual([7]);
  });

  it("does not judge lateness without a deadline, and says so with an info issue", () => {
    const result = validateReport(
      edit((r) => (r.submittedAt = "2021-01-01T00:00:00+07:00")),
      { lang: "en" },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "report.lateness-not-checked",
        severity: "info",
        path: ["submittedAt"],
        params: { year: 2020 },
      }),
    ]);
    expect(result.issues[0]?.message).toContain("no report deadline for 2020 is known");
    const otherYear = validateReport(sampleReport2020, { directive: { ...directive2020, year: 2021 } });
    expect(otherYear.issues.map((issue) => issue.code)).toEqual(["report.lateness-not-checked"]);
  });

  it("says the days late in the right plural form, and leaves out working days it cannot count", () => {
    const message = (submittedAt: string, year = 2020) =>
      validateReport(
        edit((r) => {
          r.submittedAt = submittedAt;
          r.year = year;
        }),
        { lang: "en", deadline: { kind: "noLaterThan", date: `${year}-10-29` } },
      ).issues.find((issue) => issue.code === "report.late")?.message;
    expect(message("2020-10-30T09:00:00+07:00")).toBe(
      "The report was sent on 30/10/2020, 1 day (1 working day) after the last day, 29/10/2020.",
    );
    expect(message("2020-11-02T09:00:00+07:00")).toContain(", 4 days (2 working days) after");
    const uncovered = validateReport(
      edit((r) => (r.submittedAt = "2020-10-30T09:00:00+07:00")),
      { lang: "en", deadline: { kind: "noLaterThan", date: "2005-10-29" } },
    ).issues.find((issue) => issue.code === "report.late");
    expect(uncovered?.params.workingDaysLate).toBe("?");
    expect(uncovered?.message).toMatch(
      /^The report was sent on 30\/10\/2020, [\d,]+ days after the last day, 29\/10\/2005 \(working days are not counted/,
    );
  });

  it("judges a report sent on the working day after a Sunday last day on time, and says which rule moved it (Điều 148.5)", () => {
    const late2022 = (submittedAt: string, lang: "vi" | "en" = "en") =>
      validateReport(
        edit((r) => {
          r.year = 2022;
          r.date = "2022-10-28" as ProvincialReport["date"];
          r.submittedAt = submittedAt;
        }),
        { lang, deadline: { kind: "before", date: "2022-10-31" } },
      ).issues.find((issue) => issue.code === "report.late");
    expect(late2022("2022-10-31T16:59:00Z")).toBeUndefined();
    const late = late2022("2022-11-01T09:00:00+07:00");
    expect(late?.params).toMatchObject({ lastDay: "2022-10-31", movedFrom: "2022-10-30", rule: "civil-code-148.5" });
    expect(late?.message).toBe(
      "The report was sent on 01/11/2022, 1 day (1 working day) after the last day, 31/10/2022 (30/10/2022 is a day off, so the deadline moved to the next working day: Civil Code 2015, Article 148.5).",
    );
    expect(late2022("2022-11-01T09:00:00+07:00", "vi")?.message).toMatch(/Điều 148 khoản 5 Bộ luật Dân sự 2015/);
  });

  it("refuses a sending time without an offset", () => {
    expect(codes(edit((r) => (r.submittedAt = "2020-10-27T09:15:00")))).toEqual(["report.submitted-at"]);
  });

  it("refuses, with an issue at submittedAt and without throwing, the instants the calendar cannot read", () => {
    for (const submittedAt of [
      "2020-10-27T09:15:00.1234567890+07:00",
      "0000-01-01T00:00:00Z",
      "2020-02-30T08:00:00+07:00",
      "2020-10-27T24:00:00+07:00",
      "2020-10-27 09:15:00+07:00",
    ]) {
      expect(issuesOf(edit((r) => (r.submittedAt = submittedAt))), submittedAt).toEqual([
        expect.objectContaining({ code: "report.submitted-at", path: ["submittedAt"] }),
      ]);
    }
    for (const submittedAt of ["9999-12-31T23:00:00Z", "0001-01-01T00:00:00+14:00"]) {
      const [issue] = validateReport(
        edit((r) => (r.submittedAt = submittedAt)),
        { lang: "en" },
      ).issues;
      expect(issue).toMatchObject({
        code: "instant.out-of-range",
        path: ["submittedAt"],
        params: { value: submittedAt },
      });
      expect(issue?.message).toContain("9999-12-31");
    }
  });

  it("accepts an instant with nine fraction digits or without seconds", () => {
    expect(codes(edit((r) => (r.submittedAt = "2020-10-27T09:15:00.123456789+07:00")))).toEqual([]);
    expect(codes(edit((r) => (r.submittedAt = "2020-10-27T09:15Z")))).toEqual([]);
  });

  it("refuses any count or amount that is not a safe integer, at its path", () => {
    for (const value of [Number.MAX_SAFE_INTEGER + 2, 2 ** 60, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const issues = issuesOf(edit((r) => (r.budgetSpent = value)));
      expect(issues.length, String(value)).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.path).toEqual(["budgetSpent"]);
      expect(issuesOf(edit((r) => (r.activities[0]!.measures = { articles: value })))[0]?.path).toEqual([
        "activities",
        0,
        "measures",
        "articles",
      ]);
    }
    expect(codes(edit((r) => (r.budgetSpent = Number.MAX_SAFE_INTEGER)))).toEqual([]);
  });

  it("refuses an own «__proto__» key among the measures, as the JSON Schema does", () => {
    const input = edit((r) => (r.activities[0]!.measures = JSON.parse('{"__proto__": {"x": 1}, "articles": 5}')));
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ code: "schema.unknown-key", path: ["activities", 0, "measures"] }),
    ]);
  });

  it("flags a province code unknown on the report's date", () => {
    expect(codes(edit((r) => (r.province = "00")))).toEqual(["province.unknown"]);
  });

  it("flags a symbol that is not a báo cáo's", () => {
    expect(codes(edit((r) => (r.symbol = "KH-SGDĐT")))).toEqual(["report.symbol-type"]);
  });

  it("flags unknown and duplicate activities, accepting local ones", () => {
    expect(codes(edit((r) => (r.activities[0]!.code = "communication.tv")))).toEqual(["report.activity-unknown"]);
    expect(codes(edit((r) => (r.activities[0]!.code = "local.hoi-sach")))).toEqual([]);
    expect(codes(edit((r) => (r.activities[1]!.code = r.activities[0]!.code)))).toContain("report.activity-duplicate");
  });

  it("warns about a measure the activity does not count", () => {
    const input = edit((r) => (r.activities[2]!.measures = { participants: 450, banners: 3 }));
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({
        code: "report.measure-not-applicable",
        severity: "warning",
        path: ["activities", 2, "measures", "banners"],
      }),
    ]);
  });

  it("warns about a report sent before the date it bears", () => {
    expect(codes(edit((r) => (r.submittedAt = "2020-10-25T09:00:00+07:00")))).toEqual(["report.sent-before-dated"]);
  });

  it("refuses negative or fractional counts", () => {
    expect(codes(edit((r) => (r.activities[0]!.measures = { articles: -1 })))).toEqual(["schema.too-small"]);
    expect(codes(edit((r) => (r.examples = 2.5)))).toEqual(["schema.invalid-type"]);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        expect(validateReport(input).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string(), fc.date({ noInvalidDate: true }), (text, date) => {
        validateReport(
          edit((r) => (r.difficulties = [text])),
          { directive: directive2020 },
        );
        validateReport(
          edit((r) => (r.submittedAt = date.toISOString())),
          { directive: directive2020 },
        );
      }),
      { numRuns: 200 },
    );
  });

  describe("recipients («Kính gửi»)", () => {
    it("gives a report written without recipients the Ministry, and validates it as before", () => {
      const { recipients: _, ...older } = sampleReport2020;
      const result = validateReport(older, { directive: directive2020 });
      expect(result.issues).toEqual([]);
      expect(result.ok && result.value.recipients).toEqual(["Bộ Giáo dục và Đào tạo"]);
    });

    it("keeps the recipients a report names, in NFC and in order", () => {
      const result = validateReport(
        edit((r) => (r.recipients = ["Bo\u0302\u0323 Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Nam Định"])),
        { directive: directive2020 },
      );
      expect(result.ok && result.value.recipients).toEqual(["Bộ Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Nam Định"]);
    });

    it("refuses an empty list, an empty name and a name with a line break, at the recipient's path", () => {
      expect(issuesOf(edit((r) => (r.recipients = [])))).toEqual([
        expect.objectContaining({ code: "schema.too-small", path: ["recipients"] }),
      ]);
      expect(issuesOf(edit((r) => (r.recipients = ["Bộ Giáo dục và Đào tạo", ""])))[0]?.path).toEqual([
        "recipients",
        1,
      ]);
      expect(issuesOf(edit((r) => (r.recipients = ["Bộ Giáo dục\nvà Đào tạo"])))[0]?.path).toEqual(["recipients", 0]);
    });

    it("never throws on arbitrary recipients, and places every issue under «recipients»", () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.anything())), (recipients) => {
          const result = validateReport(
            edit((r) => ((r as { recipients: unknown }).recipients = recipients)),
            { directive: directive2020 },
          );
          for (const issue of result.issues) {
            expect(issue.path[0]).toBe("recipients");
            expect(issue.message).not.toBe("");
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe("validateReport in one round", () => {
  const options = { directive: directive2020, lang: "en" } as const;
  const found = (input: unknown) =>
    validateReport(input, options).issues.map((issue) => [issue.code, issue.path.join(".")]);

  it("reports a bad subject and a late submission in one call", () => {
    const result = validateReport(
      edit((r) => {
        r.subject = " ";
        r.submittedAt = "2020-11-02T09:00:00+07:00";
      }),
      options,
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "text.blank", path: ["subject"], severity: "error" }),
      expect.objectContaining({
        code: "report.late",
        path: ["submittedAt"],
        params: expect.objectContaining({ daysLate: 4 }),
      }),
    ]);
  });

  it("judges no lateness of a submission time the schema refused, nor of a year it refused", () => {
    expect(found(edit((r) => (r.submittedAt = "2020-11-02")))).toEqual([["report.submitted-at", "submittedAt"]]);
    const badYear = edit((r) => {
      (r as { year: unknown }).year = "2020";
      r.submittedAt = "2020-11-02T09:00:00+07:00";
      r.symbol = "KH-SGDĐT";
    });
    expect(found(badYear)).toEqual([
      ["schema.invalid-type", "year"],
      ["report.symbol-type", "symbol"],
    ]);
  });

  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = edit((r) => {
      r.province = "99";
      r.symbol = "KH-SGDĐT";
      r.issuer = "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH";
      r.copies = ["Như trên"];
      r.activities[1] = { ...r.activities[0]! };
      r.submittedAt = "2020-11-02T09:00:00+07:00";
    }) as Record<string, unknown>;
    const before = validateReport(flawed, options).issues;
    expect(new Set(before.map((issue) => issue.path[0])).size).toBeGreaterThanOrEqual(6);
    expectRulesSurviveRefusal({
      schema: provincialReportSchema,
      validate: (input) => validateReport(input, options),
      flawed,
      unread: ["parentBody", "number", "place", "issuerName", "recipients", "subject"],
    });
  });
});

describe("validateReport with knownUnits", () => {
  const knownUnits = { communes: communes("2025-07-01"), districts: districts("2024-10-01") };
  const unitCodes = (input: unknown, options = {}) =>
    validateReport(input, { knownUnits, ...options })
      .issues.filter((issue) => /^(commune|district)\./.test(issue.code))
      .map((issue) => [issue.code, issue.path.join(".")]);

  it("accepts a ward's report to its own province", () => {
    expect(unitCodes({ ...sampleReport2025, commune: "14329" })).toEqual([]);
  });

  it("refuses a Ninh Bình ward's code in a report for Hà Nội, and a code no commune bears", () => {
    const result = validateReport({ ...sampleReport2025, province: "01", commune: "14329" }, { knownUnits });
    expect(result.ok).toBe(false);
    expect(unitCodes({ ...sampleReport2025, province: "01", commune: "14329" })).toEqual([
      ["commune.other-province", "commune"],
    ]);
    expect(unitCodes({ ...sampleReport2025, commune: "99999" })).toEqual([["commune.unknown", "commune"]]);
  });

  it("refuses a Nam Định district's code in a report for Hà Nội", () => {
    expect(unitCodes({ ...sampleReport2024, district: "356" })).toEqual([]);
    expect(unitCodes({ ...sampleReport2024, province: "01", district: "356" })).toEqual([
      ["district.other-province", "district"],
    ]);
  });

  it("checks only the codes' form without a list", () => {
    expect(unitCodes({ ...sampleReport2025, province: "01", commune: "14329" }, { knownUnits: undefined })).toEqual([]);
  });

  it("still checks the commune when another field is refused", () => {
    const input = { ...sampleReport2025, province: "01", commune: "14329", symbol: "" };
    expect(unitCodes(input)).toEqual([["commune.other-province", "commune"]]);
  });

  it("throws on a knownUnits that lists no units", () => {
    expect(() => validateReport(sampleReport2025, { knownUnits: { communes: "all" } as never })).toThrow(
      /options\.knownUnits/,
    );
  });
});
