import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directive2020 } from "./data/directive2020.ts";
import { sampleReport2020 } from "./data/sampleReport2020.ts";
import type { ProvincialReport } from "./ProvincialReport.ts";
import { summarizeReports } from "./summarizeReports.ts";

const report = (province: string, change: (draft: ProvincialReport) => void = () => {}): ProvincialReport => {
  const draft = structuredClone(sampleReport2020) as ProvincialReport;
  draft.province = province;
  change(draft);
  return draft;
};
const options = { year: 2020, directive: directive2020 };

describe("summarizeReports", () => {
  it("totals every measure across the provinces' reports", () => {
    const summary = summarizeReports([report("36"), report("01"), report("79")], options);
    expect(summary.rows.map((row) => row.province)).toEqual(["01", "36", "79"]);
    expect(summary.totals.learners).toBe(3 * 2140);
    expect(summary.totals.books).toBe(3 * 96_000);
    expect(summary.totals.examples).toBe(3 * 27);
    expect(summary.totals.individuals).toBe(3 * 35);
    expect(summary.totals.budgetSpent).toBe(3 * 44_800_000);
    expect(summary.rows[0]).toMatchObject({ name: "Thành phố Hà Nội", daysLate: 0, submittedOn: "2020-10-27" });
  });

  it("lists the provinces in force that have not reported", () => {
    const summary = summarizeReports([report("36")], options);
    expect(summary.expected).toBe(63);
    expect(summary.missing).toHaveLength(62);
    expect(summary.missing).toContainEqual({ province: "01", name: "Thành phố Hà Nội" });
    expect(summary.issues.filter((issue) => issue.code === "summary.missing")).toHaveLength(62);
  });

  it("lists late reports with their days late", () => {
    const late = report("01", (r) => (r.submittedAt = "2020-10-31T10:00:00+07:00"));
    expect(summarizeReports([report("36"), late], options).late).toEqual([{ index: 1, province: "01", daysLate: 2 }]);
  });

  it("keeps the earliest of two reports from one province and refuses the other, saying which was kept", () => {
    const first = report("36", (r) => (r.submittedAt = "2020-10-20T08:00:00+07:00"));
    const again = report("36", (r) => (r.activities[0]!.measures = { articles: 1 }));
    const summary = summarizeReports([again, first], options);
    expect(summary.rows.map((row) => row.index)).toEqual([1]);
    expect(summary.duplicates).toEqual([{ index: 0, province: "36", kept: 1 }]);
    expect(summary.totals.articles).toBe(48);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ code: "summary.duplicate", path: [0, "province"] }),
    );
  });

  it("refuses invalid reports and reports of another year, with their issues", () => {
    const summary = summarizeReports([{ nonsense: true }, report("01", (r) => (r.year = 2021)), report("36")], options);
    expect(summary.rejected.map((entry) => entry.index)).toEqual([0, 1]);
    expect(summary.rejected[1]!.issues.map((issue) => issue.code)).toEqual(["summary.year-mismatch"]);
    expect(summary.issues.filter((issue) => issue.path[0] === 0).length).toBeGreaterThan(0);
  });

  it("expects the 34 provinces of the reform for a Week after 1 July 2025", () => {
    const summary = summarizeReports([], { year: 2025 });
    expect(summary.expected).toBe(34);
    expect(summary.missing).toHaveLength(34);
  });

  it("accounts for every input exactly once, and its totals are the sum of its rows", () => {
    const codes = ["01", "36", "79", "48", "46"];
    const entry = fc.oneof(
      fc
        .record({ province: fc.constantFrom(...codes), day: fc.integer({ min: 26, max: 31 }), learners: fc.nat(5000) })
        .map(
          ({ province, day, learners }) =>
            report(province, (r) => {
              r.submittedAt = `2020-10-${day}T12:00:00+07:00`;
              r.activities[3]!.measures = { classes: 1, learners };
            }) as unknown,
        ),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (inputs) => {
        const summary = summarizeReports(inputs, options);
        const seen = [
          ...summary.rows.map((row) => row.index),
          ...summary.rejected.map((item) => item.index),
          ...summary.duplicates.map((item) => item.index),
        ].sort((a, b) => a - b);
        expect(seen).toEqual(inputs.map((_, index) => index));
        expect(summary.totals.learners).toBe(summary.rows.reduce((sum, row) => sum + row.measures.learners, 0));
        expect(new Set(summary.rows.map((row) => row.province)).size).toBe(summary.rows.length);
        expect(summary.missing.length + summary.rows.length).toBe(summary.expected);
      }),
      { numRuns: 100 },
    );
  });
});
