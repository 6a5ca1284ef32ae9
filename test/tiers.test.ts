// The two tiers since 01/07/2025, end to end on generated data: a report from every one of the 3,321 communes (some
// missing, some sent twice, some late, some broken), summed per province at the commune level; each of the 34
// provinces' own report written from its summary (reportFromSummary); the national summary of those 34 reports.
// Every input is accounted for at each level, and the nation's totals are the communes' totals.

import {
  type NationalSummary,
  type ProvincialReportInput,
  provinces,
  reportFromSummary,
  sampleReport2025,
  summarizeReports,
} from "@xhht/domain";
import { type Commune, communes } from "@xhht/domain/communes";
import { describe, expect, it } from "vitest";

const weekEnd = "2025-10-07";
const deadline = { kind: "before", date: "2025-10-30" } as const;
const provincialDeadline = { kind: "noLaterThan", date: "2025-11-10" } as const;

/** A fixed, varied set of figures for commune number `n`: no randomness, so a failure replays. */
const figures = (n: number) => ({ learners: (n * 37) % 900, classes: 1 + (n % 7), spent: (n % 13) * 250_000 });

/** What happens to commune number `n`: most report once on time; a few are late, twice, broken or silent. */
const fate = (n: number) =>
  n % 97 === 0 ? "missing" : n % 89 === 0 ? "twice" : n % 83 === 0 ? "broken" : n % 41 === 0 ? "late" : "once";

const communeReport = (commune: Commune, n: number, submittedAt: string): ProvincialReportInput => {
  const { learners, classes, spent } = figures(n);
  return {
    ...sampleReport2025,
    province: commune.province,
    commune: commune.code,
    parentBody: undefined,
    issuer: "ỦY BAN NHÂN DÂN",
    issuerName: `Ủy ban nhân dân ${commune.fullName.toLocaleLowerCase("vi").startsWith("xã") ? "xã" : "phường"}`,
    symbol: "BC-UBND",
    date: "2025-10-15",
    recipients: ["Sở Giáo dục và Đào tạo"],
    submittedAt,
    activities: [
      { code: "opening-ceremony", measures: { participants: 100 + (n % 50) } },
      { code: "digital.skills-training", measures: { classes, learners } },
    ],
    examples: n % 3,
    commendations: { collectives: n % 2, individuals: n % 4 },
    budgetSpent: spent,
    signature: { authority: [{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }], title: "CHỦ TỊCH", name: "Nguyễn Văn C" },
    copies: ["Như trên", "Lưu: VT, VHXH"],
  };
};

const accountedFor = (summary: NationalSummary, inputs: number) => {
  const indices = [...summary.rows, ...summary.rejected, ...summary.duplicates].map((entry) => entry.index);
  expect(indices.sort((a, b) => a - b)).toEqual(Array.from({ length: inputs }, (_, index) => index));
};

describe("three tiers: 3,321 communes → 34 provinces → the nation", () => {
  const all = communes(weekEnd);
  const units = provinces(weekEnd);

  it("has every commune and province of 01/07/2025", () => {
    expect(all).toHaveLength(3321);
    expect(units).toHaveLength(34);
  });

  it("sums every province's communes, writes the province's report from them, and sums the nation", () => {
    const communeTotals = { learners: 0, budgetSpent: 0, examples: 0 };
    const provincialReports: ProvincialReportInput[] = [];
    let missing = 0;
    let refused = 0;
    let duplicates = 0;
    for (const province of units) {
      const own = all.filter((commune) => commune.province === province.code);
      const inputs: ProvincialReportInput[] = [];
      for (const commune of own) {
        const n = Number(commune.code);
        const happens = fate(n);
        if (happens === "missing") continue;
        const report = communeReport(commune, n, "2025-10-16T09:00:00+07:00");
        if (happens === "broken") inputs.push({ ...report, subject: "" });
        else if (happens === "late") inputs.push({ ...report, submittedAt: "2025-11-03T09:00:00+07:00" });
        else inputs.push(report);
        if (happens === "twice") inputs.push({ ...report, submittedAt: "2025-10-18T09:00:00+07:00" });
      }
      const summary = summarizeReports(inputs, { year: 2025, deadline, level: "commune", units: own });
      accountedFor(summary, inputs.length);
      expect(summary.rows.length + summary.missing.length).toBe(own.length);
      expect(summary.late.every((entry) => fate(Number(entry.commune)) === "late")).toBe(true);
      missing += summary.missing.length;
      refused += summary.rejected.length;
      duplicates += summary.duplicates.length;
      for (const row of summary.rows) {
        communeTotals.learners += row.measures.learners;
        communeTotals.budgetSpent += row.budgetSpent;
        communeTotals.examples += row.examples;
      }
      const written = reportFromSummary(
        summary,
        {
          ...sampleReport2025,
          province: province.code,
          parentBody: `UBND ${province.name.toLocaleUpperCase("vi")}`,
          date: "2025-11-05",
          submittedAt: "2025-11-06T08:00:00+07:00",
        },
        { deadline: provincialDeadline },
      );
      expect(written.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      provincialReports.push(written.value as ProvincialReportInput);
    }
    const fates = all.map((commune) => fate(Number(commune.code)));
    // A commune whose only report was refused has not reported either.
    expect(missing).toBe(fates.filter((f) => f === "missing" || f === "broken").length);
    expect(refused).toBe(fates.filter((f) => f === "broken").length);
    expect(duplicates).toBe(fates.filter((f) => f === "twice").length);

    const nation = summarizeReports(provincialReports, { year: 2025, deadline: provincialDeadline });
    accountedFor(nation, 34);
    expect(nation).toMatchObject({ level: "province", expected: 34, missing: [], rejected: [], duplicates: [] });
    expect(nation.totals.learners).toBe(communeTotals.learners);
    expect(nation.totals.budgetSpent).toBe(communeTotals.budgetSpent);
    expect(nation.totals.examples).toBe(communeTotals.examples);
    expect(nation.activities["digital.skills-training"]?.learners).toBe(communeTotals.learners);
  }, 120_000);
});
