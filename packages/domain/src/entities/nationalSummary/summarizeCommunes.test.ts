import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { communes } from "../../admin/communes/communes.ts";
import { sampleReport2020 } from "../../data/sampleReport2020.ts";
import { DomainError } from "../../errors/DomainError.ts";
import type { ProvincialReport } from "../provincialReport/ProvincialReport.ts";
import { type ReportHeader, reportFromSummary } from "./reportFromSummary.ts";
import { type SummaryUnit, summarizeReports } from "./summarizeReports.ts";

const deadline = { kind: "before", date: "2025-10-30" } as const;
const units: readonly SummaryUnit[] = [
  { code: "00004", name: "Ba Đình", fullName: "Phường Ba Đình", province: "01" },
  { code: "00008", name: "Ngọc Hà", fullName: "Phường Ngọc Hà", province: "01" },
  { code: "00025", name: "Giảng Võ", fullName: "Phường Giảng Võ", province: "01" },
];
const options = { year: 2025, deadline, level: "commune", units } as const;

const communeReport = (commune: string, change: (draft: ProvincialReport) => void = () => {}): ProvincialReport => {
  const draft = structuredClone(sampleReport2020) as ProvincialReport;
  Object.assign(draft, {
    year: 2025,
    province: "01",
    commune,
    parentBody: undefined,
    issuer: "ỦY BAN NHÂN DÂN PHƯỜNG",
    issuerName: "Ủy ban nhân dân phường",
    symbol: "BC-UBND",
    place: "Hà Nội",
    date: "2025-10-15",
    recipients: ["Sở Giáo dục và Đào tạo"],
    subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025",
    submittedAt: "2025-10-16T09:00:00+07:00",
    signature: { authority: [{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", name: "Nguyễn Văn B" },
    copies: ["Như trên", "Lưu: VT, VHXH"],
  });
  delete (draft as { parentBody?: string }).parentBody;
  change(draft);
  return draft;
};

const { year, commune, activities, examples, commendations, budgetSpent, ...communeHeader } = communeReport("00004");
const provinceHeader: ReportHeader = {
  ...communeHeader,
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  parentBody: "UBND THÀNH PHỐ HÀ NỘI",
  symbol: "BC-SGDĐT",
  recipients: ["Bộ Giáo dục và Đào tạo"],
  date: "2025-10-24",
  submittedAt: "2025-10-24T10:00:00+07:00",
};

describe("summarizeReports at the commune level", () => {
  it("sums a province's communes, names them, and lists the communes that have not reported", () => {
    const summary = summarizeReports([communeReport("00008"), communeReport("00004")], options);
    expect(summary).toMatchObject({ level: "commune", expected: 3 });
    expect(summary.rows.map((row) => [row.commune, row.province, row.name])).toEqual([
      ["00004", "01", "Phường Ba Đình"],
      ["00008", "01", "Phường Ngọc Hà"],
    ]);
    expect(summary.missing).toEqual([{ province: "01", commune: "00025", name: "Phường Giảng Võ" }]);
    expect(summary.totals.learners).toBe(2 * 2140);
    expect(summary.activities["internet-skills.training"]).toEqual({ classes: 72, learners: 4280 });
    const missing = summarizeReports([], { ...options, lang: "en" }).issues.find((i) => i.code === "summary.missing");
    expect(missing?.message).toBe("No report has been received from Phường Ba Đình (code 00004).");
  });

  it("keeps a commune's earliest report and refuses the later one, naming the commune", () => {
    const later = communeReport("00004", (r) => (r.submittedAt = "2025-10-17T09:00:00+07:00"));
    const summary = summarizeReports([later, communeReport("00004")], { ...options, lang: "en" });
    expect(summary.duplicates).toEqual([{ index: 0, province: "01", commune: "00004", kept: 1 }]);
    expect(summary.issues.find((issue) => issue.code === "summary.duplicate")?.message).toBe(
      "Commune «00004» has already reported (entry 1); this report is not counted again.",
    );
  });

  it("refuses a province's report among communes', a commune's among provinces', and a unit not expected", () => {
    const province = communeReport("00004", (r) => delete (r as { commune?: string }).commune);
    const stranger = communeReport("99999");
    const summary = summarizeReports([province, stranger, communeReport("00008")], options);
    expect(summary.rejected.map((entry) => entry.issues.map((issue) => issue.code))).toEqual([
      ["summary.level-mismatch"],
      ["summary.unit-unexpected"],
    ]);
    const national = summarizeReports([communeReport("00004")], { year: 2025, deadline });
    expect(national.rejected[0]?.issues[0]).toMatchObject({ code: "summary.level-mismatch", path: ["commune"] });
  });

  it("refuses a commune code that is not five digits with commune.code-format", () => {
    const summary = summarizeReports([communeReport("4")], options);
    expect(summary.rejected[0]?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["commune.code-format", ["commune"]],
    ]);
  });

  it("refuses options that cannot say who is expected, with domain.invalid-option", () => {
    const wrong = [
      { year: 2025, level: "commune" },
      { year: 2025, level: "commune", units: [{ code: "4", name: "Ba Đình", province: "01" }] },
      { year: 2025, level: "commune", units: [{ code: "00004", name: "Ba Đình" }] },
      { year: 2025, level: "district", units },
      { year: 2025, units: [{ code: "00004", name: "Ba Đình" }] },
    ];
    for (const given of wrong) {
      expect(() => summarizeReports([], given as never)).toThrow(DomainError);
    }
  });

  it("rolls communes up to their province's report and on to the nation, every input accounted for", () => {
    const entry = fc.record({
      unit: fc.constantFrom(...units.map((unit) => unit.code), "99999"),
      learners: fc.nat(5000),
      spent: fc.nat(10_000_000),
      late: fc.boolean(),
      broken: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const inputs = entries.map(({ unit, learners, spent, late, broken }) =>
          communeReport(unit, (r) => {
            r.activities[3]!.measures = { classes: 1, learners };
            r.budgetSpent = spent;
            if (late) r.submittedAt = "2025-11-03T09:00:00+07:00";
            if (broken) r.subject = "";
          }),
        );
        const summary = summarizeReports(inputs, options);
        const countable = new Set(entries.filter((e) => !e.broken && e.unit !== "99999").map((e) => e.unit));
        expect(summary.rows.map((row) => row.commune).sort()).toEqual([...countable].sort());
        const indices = [...summary.rows, ...summary.rejected, ...summary.duplicates].map((item) => item.index);
        expect(indices.sort((a, b) => a - b)).toEqual(inputs.map((_, index) => index));
        expect(summary.rows.length + summary.missing.length).toBe(units.length);
        const learners = summary.rows.reduce((sum, row) => sum + row.measures.learners, 0);
        expect(summary.totals.learners).toBe(learners);
        const own = reportFromSummary(summary, provinceHeader, { deadline });
        if (summary.rows.length === 0) {
          expect(own.ok).toBe(false);
          return;
        }
        expect(own.ok).toBe(true);
        expect(own.value?.budgetSpent).toBe(summary.totals.budgetSpent);
        const nation = summarizeReports([own.value], { year: 2025, deadline });
        expect(nation.rows).toHaveLength(1);
        expect(nation.totals.learners).toBe(summary.totals.learners);
        expect(nation.totals.budgetSpent).toBe(summary.totals.budgetSpent);
        expect(nation.missing).toHaveLength(33);
      }),
      { numRuns: 60 },
    );
  });
});

describe("summarizeReports of communes with knownUnits", () => {
  it("refuses the report of a Ninh Bình ward filed for Hà Nội as commune.other-province, and sums the others", () => {
    const knownUnits = { communes: communes("2025-07-01") };
    const summary = summarizeReports([communeReport("00004"), communeReport("14329")], {
      ...options,
      knownUnits,
      lang: "en",
    });
    expect(summary.rows.map((row) => row.commune)).toEqual(["00004"]);
    expect(summary.rejected).toEqual([
      {
        index: 1,
        issues: [
          expect.objectContaining({
            code: "commune.other-province",
            path: ["commune"],
            params: { code: "14329", name: "Phường Hoa Lư", province: "37", expected: "01" },
          }),
        ],
      },
    ]);
  });
});
