// The district tier before 01/07/2025, end to end: in 2024 the districts of one province (all ten of 36 Nam Định, from
// @xhht/domain/districts) report to it (one silent, one twice, one late, one broken); the province's summary of them
// (level "district"), its own report written from that summary (reportFromSummary), and the national summary of the
// 2024 Week (63 provinces expected) with that report and a district's report sent to the Ministry by mistake. Every
// input is accounted for at each level, and the nation's totals are the districts' totals.
//
// After the reform there are no districts: `districts(day)` is empty from 01/07/2025, so a province's district-level
// summary of the 2025 Week expects no unit and refuses any district's report as a unit not expected
// (summary.unit-unexpected); summarizeReports itself does not look at dates, the units expected decide.

import {
  type NationalSummary,
  type ProvincialReportInput,
  reportFromSummary,
  sampleReport2024,
  summarizeReports,
} from "@xhht/domain";
import { type District, districts } from "@xhht/domain/districts";
import { describe, expect, it } from "vitest";

const weekEnd = "2024-10-07";
const deadline = { kind: "before", date: "2024-10-30" } as const;
const provincialDeadline = { kind: "noLaterThan", date: "2024-11-15" } as const;

/** What happens to the district at `position` in its province's list. */
const fates = ["once", "missing", "once", "twice", "late", "once", "broken", "once", "once", "once"] as const;

const districtReport = (district: District, n: number, submittedAt: string): ProvincialReportInput => ({
  ...sampleReport2024,
  province: district.province,
  district: district.code,
  parentBody: `UBND ${district.fullName.toLocaleUpperCase("vi")}`,
  issuer: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
  issuerName: "Phòng Giáo dục và Đào tạo",
  symbol: "BC-PGDĐT",
  date: "2024-10-15",
  recipients: ["Sở Giáo dục và Đào tạo"],
  submittedAt,
  activities: [
    { code: "opening-ceremony", measures: { participants: 100 + n } },
    { code: "reading.book-donations", measures: { books: 1000 * (n + 1), bookshelves: n } },
  ],
  examples: n % 3,
  commendations: { collectives: n % 2, individuals: n % 4 },
  budgetSpent: (n + 1) * 1_500_000,
});

const accountedFor = (summary: NationalSummary, inputs: number) => {
  const indices = [...summary.rows, ...summary.rejected, ...summary.duplicates].map((entry) => entry.index);
  expect(indices.sort((a, b) => a - b)).toEqual(Array.from({ length: inputs }, (_, index) => index));
};

describe("the district tier of 2024: Nam Định's districts → the province → the nation", () => {
  const units = districts(weekEnd, { province: "36" });

  it("has the ten districts of Nam Định in force during the 2024 Week", () => {
    expect(units.map((unit) => unit.fullName)).toEqual([
      "Thành phố Nam Định",
      "Huyện Mỹ Lộc",
      "Huyện Vụ Bản",
      "Huyện Ý Yên",
      "Huyện Nghĩa Hưng",
      "Huyện Nam Trực",
      "Huyện Trực Ninh",
      "Huyện Xuân Trường",
      "Huyện Giao Thủy",
      "Huyện Hải Hậu",
    ]);
  });

  it("sums the districts, writes the province's report from them, and sums the nation", () => {
    const inputs: ProvincialReportInput[] = [];
    units.forEach((district, n) => {
      const fate = fates[n];
      if (fate === "missing") return;
      const report = districtReport(district, n, "2024-10-16T09:00:00+07:00");
      if (fate === "broken") inputs.push({ ...report, subject: "" });
      else if (fate === "late") inputs.push({ ...report, submittedAt: "2024-11-04T09:00:00+07:00" });
      else inputs.push(report);
      if (fate === "twice") inputs.push({ ...report, submittedAt: "2024-10-18T09:00:00+07:00" });
    });
    const summary = summarizeReports(inputs, { year: 2024, deadline, level: "district", units });
    accountedFor(summary, inputs.length);
    expect(summary).toMatchObject({ level: "district", expected: 10 });
    expect(summary.rows).toHaveLength(8);
    expect(summary.missing.map((entry) => entry.name)).toEqual(["Huyện Mỹ Lộc", "Huyện Trực Ninh"]);
    expect(summary.rejected.map((entry) => entry.issues.map((issue) => issue.code))).toEqual([["text.blank"]]);
    expect(summary.duplicates).toEqual([{ index: 3, province: "36", district: "360", kept: 2 }]);
    expect(summary.late).toEqual([{ index: 4, province: "36", district: "361", daysLate: 6 }]);
    const books = summary.rows.reduce((sum, row) => sum + row.measures.books, 0);
    const spent = summary.rows.reduce((sum, row) => sum + row.budgetSpent, 0);
    expect(summary.totals.books).toBe(books);

    const written = reportFromSummary(
      summary,
      { ...sampleReport2024, date: "2024-11-05", submittedAt: "2024-11-06T08:00:00+07:00" },
      { deadline: provincialDeadline },
    );
    expect(written.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(written.value).not.toHaveProperty("district");
    const straight = districtReport(units[0] as District, 0, "2024-10-16T09:00:00+07:00");
    const nation = summarizeReports([written.value, straight], { year: 2024, deadline: provincialDeadline });
    accountedFor(nation, 2);
    expect(nation).toMatchObject({ level: "province", expected: 63, duplicates: [] });
    expect(nation.rows.map((row) => row.province)).toEqual(["36"]);
    expect(nation.missing).toHaveLength(62);
    expect(nation.rejected.map((entry) => entry.issues.map((issue) => [issue.code, issue.path]))).toEqual([
      [["summary.level-mismatch", ["district"]]],
    ]);
    expect(nation.totals.books).toBe(books);
    expect(nation.totals.budgetSpent).toBe(spent);
    expect(nation.activities["reading.book-donations"]?.books).toBe(books);
  });
});

describe("after the reform, 2025: no districts", () => {
  it("lists no district of any province on a day of the 2025 Week", () => {
    expect(districts("2025-10-07")).toEqual([]);
    expect(districts("2025-10-07", { province: "37" })).toEqual([]);
  });

  it("expects no unit at the district level and refuses a district's report as a unit not expected", () => {
    const units = districts("2025-10-07", { province: "37" });
    const late = {
      ...districtReport(districts(weekEnd, { province: "36" })[0] as District, 0, "2025-10-16T09:00:00+07:00"),
      province: "37",
      year: 2025,
      date: "2025-10-15",
    };
    const summary = summarizeReports([late], {
      year: 2025,
      deadline: { kind: "before", date: "2025-10-30" },
      level: "district",
      units,
    });
    accountedFor(summary, 1);
    expect(summary).toMatchObject({ level: "district", expected: 0, rows: [], missing: [], duplicates: [] });
    expect(summary.rejected[0]?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["summary.unit-unexpected", ["district"]],
    ]);
  });
});
