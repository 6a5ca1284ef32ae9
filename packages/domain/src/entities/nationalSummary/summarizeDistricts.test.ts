import { describe, expect, it } from "vitest";
import { sampleReport2024 } from "../../data/sampleReport2024.ts";
import { DomainError } from "../../errors/DomainError.ts";
import type { ProvincialReport } from "../provincialReport/ProvincialReport.ts";
import { nationalSummarySchema } from "./nationalSummarySchema.ts";
import { reportFromSummary } from "./reportFromSummary.ts";
import { type SummaryUnit, summarizeReports } from "./summarizeReports.ts";

const deadline = { kind: "before", date: "2024-10-30" } as const;
const units: readonly SummaryUnit[] = [
  { code: "356", name: "Nam Định", fullName: "Thành phố Nam Định", province: "36" },
  { code: "359", name: "Vụ Bản", fullName: "Huyện Vụ Bản", province: "36" },
  { code: "366", name: "Hải Hậu", fullName: "Huyện Hải Hậu", province: "36" },
];
const options = { year: 2024, deadline, level: "district", units } as const;

const districtReport = (district: string, change: (draft: ProvincialReport) => void = () => {}): ProvincialReport => {
  const draft = structuredClone(sampleReport2024) as ProvincialReport;
  Object.assign(draft, {
    district,
    parentBody: "UBND HUYỆN VỤ BẢN",
    issuer: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    issuerName: "Phòng Giáo dục và Đào tạo",
    symbol: "BC-PGDĐT",
    recipients: ["Sở Giáo dục và Đào tạo"],
    date: "2024-10-15",
    submittedAt: "2024-10-16T09:00:00+07:00",
  });
  change(draft);
  return draft;
};

describe("summarizeReports at the district level", () => {
  it("sums a province's districts, names them, and lists the districts that have not reported", () => {
    const summary = summarizeReports([districtReport("359"), districtReport("356")], options);
    expect(summary).toMatchObject({ level: "district", expected: 3 });
    expect(summary.rows.map((row) => [row.district, row.province, row.name, row.commune])).toEqual([
      ["356", "36", "Thành phố Nam Định", undefined],
      ["359", "36", "Huyện Vụ Bản", undefined],
    ]);
    expect(summary.missing).toEqual([{ province: "36", district: "366", name: "Huyện Hải Hậu" }]);
    expect(summary.totals.books).toBe(2 * 42_000);
    expect(nationalSummarySchema.safeParse(summary).success).toBe(true);
    const en = summarizeReports([], { ...options, lang: "en" }).issues.find((i) => i.code === "summary.missing");
    expect(en?.message).toBe("No report has been received from Thành phố Nam Định (code 356).");
    const vi = summarizeReports([], options).issues.find((i) => i.code === "summary.missing");
    expect(vi?.message).toBe("Chưa nhận được báo cáo của Thành phố Nam Định (mã 356).");
  });

  it("keeps a district's earliest report and refuses the later one, naming the district; lists the late", () => {
    const later = districtReport("366", (r) => (r.submittedAt = "2024-11-04T09:00:00+07:00"));
    const summary = summarizeReports([later, districtReport("366")], { ...options, lang: "en" });
    expect(summary.duplicates).toEqual([{ index: 0, province: "36", district: "366", kept: 1 }]);
    const duplicate = summary.issues.find((issue) => issue.code === "summary.duplicate");
    expect(duplicate).toMatchObject({ path: [0, "district"] });
    expect(duplicate?.message).toBe("District «366» has already reported (entry 1); this report is not counted again.");
    const late = summarizeReports([later], options);
    expect(late.late).toEqual([{ index: 0, province: "36", district: "366", daysLate: 6 }]);
    expect(nationalSummarySchema.safeParse(late).success).toBe(true);
  });

  it("refuses a province's or a commune's report among districts', and a unit not expected", () => {
    const province = structuredClone(sampleReport2024) as ProvincialReport;
    const commune = districtReport("359", (r) => (r.commune = "13762"));
    const stranger = districtReport("001");
    const summary = summarizeReports([province, commune, stranger, districtReport("359")], {
      ...options,
      lang: "en",
    });
    expect(summary.rejected.map((entry) => entry.issues.map((issue) => [issue.code, issue.path]))).toEqual([
      [["summary.level-mismatch", ["district"]]],
      [["summary.level-mismatch", ["commune"]]],
      [["summary.unit-unexpected", ["district"]]],
    ]);
    expect(summary.rejected[0]?.issues[0]?.message).toBe(
      "A district-level summary takes only reports of districts (with «district» and without «commune»); this is a province's or a commune's report.",
    );
    expect(summary.rows.map((row) => row.district)).toEqual(["359"]);
  });

  it("refuses a district's report at the province level as not the province's own, with or without a commune", () => {
    const district = districtReport("359");
    const commune = districtReport("359", (r) => (r.commune = "13762"));
    const national = summarizeReports([district, commune], { year: 2024, deadline, lang: "en" });
    expect(national.rows).toEqual([]);
    expect(national.rejected.map((entry) => entry.issues.map((issue) => [issue.code, issue.path]))).toEqual([
      [["summary.level-mismatch", ["district"]]],
      [["summary.level-mismatch", ["commune"]]],
    ]);
    expect(national.rejected[0]?.issues[0]?.message).toBe(
      "A province-level summary takes only reports of provinces; this is the report of district «359».",
    );
    expect(national.rejected[1]?.issues[0]?.message).toBe(
      "A province-level summary takes only reports of provinces; this is the report of commune «13762».",
    );
    const vi = summarizeReports([district], { year: 2024, deadline });
    expect(vi.rejected[0]?.issues[0]?.message).toBe(
      "Bảng tổng hợp cấp tỉnh chỉ nhận báo cáo của tỉnh, thành phố; báo cáo này là của quận, huyện «359».",
    );
  });

  it("counts a commune's report that names its district at the commune level, as that commune's", () => {
    const commune = districtReport("359", (r) => (r.commune = "13762"));
    const summary = summarizeReports([commune], {
      year: 2024,
      deadline,
      level: "commune",
      units: [{ code: "13762", name: "Xã Liên Minh", province: "36" }],
    });
    expect(summary.rows.map((row) => [row.commune, row.district])).toEqual([["13762", undefined]]);
  });

  it("refuses a district code that is not three digits with district.code-format", () => {
    const summary = summarizeReports([districtReport("36")], { ...options, lang: "en" });
    expect(summary.rejected[0]?.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      [
        "district.code-format",
        ["district"],
        "A district code has 3 digits, as in the statistics office's list of administrative units, e.g. «001».",
      ],
    ]);
  });

  it("refuses options that cannot say which districts are expected, with domain.invalid-option", () => {
    const wrong = [
      { year: 2024, level: "district" },
      { year: 2024, level: "district", units: [{ code: "00004", name: "Ba Đình", province: "01" }] },
      { year: 2024, level: "district", units: [{ code: "001", name: "Ba Đình" }] },
      { year: 2024, level: "huyen", units },
    ];
    for (const given of wrong) expect(() => summarizeReports([], given as never)).toThrow(DomainError);
    expect(() => summarizeReports([], { year: 2024, level: "district" } as never)).toThrow(
      /at the district level `options.units` must list the districts/,
    );
  });

  it("writes the province's own report from its districts' summary, without a district", () => {
    const summary = summarizeReports([districtReport("356"), districtReport("359"), districtReport("366")], options);
    const { year, district, activities, examples, commendations, budgetSpent, ...header } = districtReport("356");
    const own = reportFromSummary(
      summary,
      { ...header, parentBody: "UBND TỈNH NAM ĐỊNH", issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", symbol: "BC-SGDĐT" },
      { deadline },
    );
    expect(own.ok).toBe(true);
    expect(own.value?.district).toBeUndefined();
    expect(own.value?.budgetSpent).toBe(3 * sampleReport2024.budgetSpent);
    const nation = summarizeReports([own.value], { year: 2024, deadline });
    expect(nation.rows.map((row) => row.province)).toEqual(["36"]);
    expect(nation.totals.books).toBe(3 * 42_000);
  });
});
