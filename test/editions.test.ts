// The 2024 and 2025 Weeks end to end, as test/letter2020.test.ts does 2020's letter: each year's terms from
// directiveFor(year), a province's plan and report validated and rendered against them, and the national summary of
// several provinces' reports; then a made-up 2027 edition declared whole through defineDirective.

import {
  type Directive,
  type DirectiveInput,
  DomainError,
  defineDirective,
  directive2020,
  directiveFor,
  formatIssuePath,
  type NationalSummary,
  type NationalSummaryMetaInput,
  type ProvincialPlan,
  type ProvincialPlanInput,
  type ProvincialReport,
  type ProvincialReportInput,
  provinces,
  sampleNationalSummaryMeta2020,
  samplePlan2024,
  samplePlan2025,
  sampleReport2024,
  sampleReport2025,
  summarizeReports,
  validateDirective,
  validateDirectiveTerms,
  validatePlan,
  validateReport,
  type YearDirective,
} from "@xhht/domain";
import { readDocxText, renderNationalSummary, renderOfficialLetter, renderPlan, renderReport } from "@xhht/templates";
import { describe, expect, it } from "vitest";

const errorsOf = (issues: readonly { readonly severity: string; readonly code: string }[]) =>
  issues.filter((issue) => issue.severity === "error").map((issue) => issue.code);
const warningsOf = (issues: readonly { readonly severity: string; readonly code: string }[]) =>
  issues.filter((issue) => issue.severity === "warning").map((issue) => issue.code);

/** Another province's report of the same year: the sample with its province and issuing body changed. */
const reportOf = (
  base: ProvincialReport,
  province: string,
  parentBody: string,
  place: string,
  submittedAt: string = base.submittedAt,
): ProvincialReportInput => ({ ...base, province, parentBody, place, submittedAt });

/** The Ministry's summary report's own fields for `year`, from the 2020 sample's. */
const summaryMetaOf = (year: number, date: string, introduction: string, filing: string): NationalSummaryMetaInput => ({
  ...sampleNationalSummaryMeta2020,
  year,
  date,
  subject: `Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
  introduction: [introduction],
  copies: ["Như trên", "Bộ trưởng (để b/c)", `Lưu: VT, ${filing}`],
});

/** Every input of a summary ends in exactly one of rows, rejected, duplicates. */
const accountedFor = (summary: NationalSummary) =>
  [
    ...summary.rows.map((row) => row.index),
    ...summary.rejected.map((entry) => entry.index),
    ...summary.duplicates.map((entry) => entry.index),
  ].sort((a, b) => a - b);

const textOf = async (bytes: Promise<Uint8Array>) => readDocxText(await bytes).join("\n");

interface Edition {
  readonly year: number;
  readonly plan: ProvincialPlan;
  readonly report: ProvincialReport;
  readonly weekLine: string;
  readonly leadIn: string;
  readonly others: readonly ProvincialReportInput[];
  readonly refused: { readonly input: ProvincialReportInput; readonly code: string };
  readonly expected: number;
  readonly filing: string;
}

const editions: readonly Edition[] = [
  {
    year: 2024,
    plan: samplePlan2024,
    report: sampleReport2024,
    weekLine: "Thời gian: từ ngày 01/10/2024 đến ngày 07/10/2024; khai mạc ngày 01/10/2024.",
    leadIn:
      "Thực hiện Công văn số 5201/BGDĐT-GDTX ngày 09 tháng 9 năm 2024 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024, Sở Giáo dục và Đào tạo báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024 như sau:",
    others: [
      reportOf(sampleReport2024, "01", "UBND THÀNH PHỐ HÀ NỘI", "Hà Nội", "2024-10-23T15:00:00+07:00"),
      reportOf(sampleReport2024, "35", "UBND TỈNH HÀ NAM", "Hà Nam", "2024-10-24T09:00:00+07:00"),
      reportOf(sampleReport2024, "37", "UBND TỈNH NINH BÌNH", "Ninh Bình", "2024-10-22T14:00:00+07:00"),
    ],
    // A report of another year, given to the 2024 summary by mistake.
    refused: { input: { ...sampleReport2024, year: 2023 }, code: "summary.year-mismatch" },
    expected: 63,
    filing: "GDTX",
  },
  {
    year: 2025,
    plan: samplePlan2025,
    report: sampleReport2025,
    weekLine: "Thời gian: từ ngày 01/10/2025 đến ngày 07/10/2025; khai mạc ngày 01/10/2025.",
    leadIn:
      "Thực hiện Công văn số 5607/BGDĐT-GDNNGDTX của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025, Sở Giáo dục và Đào tạo báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 như sau:",
    others: [
      reportOf(sampleReport2025, "01", "UBND THÀNH PHỐ HÀ NỘI", "Hà Nội", "2025-10-22T15:00:00+07:00"),
      reportOf(sampleReport2025, "31", "UBND THÀNH PHỐ HẢI PHÒNG", "Hải Phòng", "2025-10-23T09:00:00+07:00"),
      reportOf(sampleReport2025, "33", "UBND TỈNH HƯNG YÊN", "Hưng Yên", "2025-10-21T16:00:00+07:00"),
    ],
    // Nam Định (36) was merged into Ninh Bình on 01/07/2025: a report in its name on 20/10/2025 is refused.
    refused: {
      input: reportOf(sampleReport2025, "36", "UBND TỈNH NAM ĐỊNH", "Nam Định"),
      code: "province.unknown",
    },
    expected: 34,
    filing: "GDNNGDTX",
  },
];

describe.each(editions)("the $year Week, end to end", (edition) => {
  const { year } = edition;
  const directive: YearDirective = directiveFor(year);

  it("directiveFor(year) validates as terms: seven days in the year, the opening within them", () => {
    const result = validateDirectiveTerms(directive);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(directive.week).toMatchObject({ start: `${year}-10-01`, end: `${year}-10-07`, opening: `${year}-10-01` });
    expect(directive.facts.text.known).toBe(false);
    expect(directive.directive).toBeUndefined();
  });

  it("the sample plan validates against it and renders with its theme and Week", async () => {
    expect(validatePlan(edition.plan, { directive }).issues).toEqual([]);
    const text = await textOf(renderPlan(edition.plan, { directive }));
    expect(directive.theme).toBeDefined();
    expect(text).toContain(`Chủ đề: “${directive.theme}”.`);
    expect(text).toContain(edition.weekLine);
    expect(text).toContain(`Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}`);
  });

  it("the sample plan's activities are the year's, by their catalogue groups", () => {
    const asked = new Set(directive.activities.map((activity) => activity.code));
    for (const activity of edition.plan.activities) expect(asked, activity.code).toContain(activity.code);
  });

  it("the sample report validates (lateness unchecked: the deadline is not public) and renders citing the letter", async () => {
    const result = validateReport(edition.report, { directive });
    expect(result.ok).toBe(true);
    expect(errorsOf(result.issues)).toEqual([]);
    expect(warningsOf(result.issues)).toEqual([]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["report.lateness-not-checked"]);
    const text = await textOf(renderReport(edition.report, { directive }));
    expect(text).toContain(edition.leadIn);
    if (year === 2025) expect(text).not.toMatch(/5607\/BGDĐT-GDNNGDTX ngày/);
  });

  it("the national summary accounts for every report, expects every province in force, and renders", async () => {
    const inputs = [
      edition.report,
      ...edition.others,
      { ...edition.report, submittedAt: `${year}-10-30T08:00:00+07:00` },
      edition.refused.input,
    ];
    const summary = summarizeReports(inputs, { year, directive });
    expect(summary.rows.length + summary.rejected.length + summary.duplicates.length).toBe(inputs.length);
    expect(accountedFor(summary)).toEqual(inputs.map((_, index) => index));
    expect(summary.rows).toHaveLength(1 + edition.others.length);
    expect(summary.duplicates).toEqual([{ index: inputs.length - 2, province: edition.report.province, kept: 0 }]);
    expect(summary.rejected.map((entry) => entry.index)).toEqual([inputs.length - 1]);
    expect(summary.rejected[0]?.issues.map((issue) => issue.code)).toContain(edition.refused.code);
    expect(summary.expected).toBe(edition.expected);
    expect(summary.expected).toBe(provinces(`${year}-10-07`).length);
    expect(summary.missing).toHaveLength(edition.expected - summary.rows.length);
    const reported = new Set(summary.rows.map((row) => row.province));
    expect(summary.missing.some((entry) => reported.has(entry.province))).toBe(false);
    expect(summary.late).toEqual([]);
    const perProvince = edition.report.activities.reduce(
      (sum, activity) => sum + Object.values(activity.measures).reduce((a, b) => a + (b ?? 0), 0),
      0,
    );
    const totalMeasures = Object.entries(summary.totals)
      .filter(([field]) => !["examples", "collectives", "individuals", "budgetSpent"].includes(field))
      .reduce((sum, [, value]) => sum + value, 0);
    expect(totalMeasures).toBe(perProvince * summary.rows.length);
    expect(summary.totals.budgetSpent).toBe(edition.report.budgetSpent * summary.rows.length);

    const meta = summaryMetaOf(
      year,
      `${year}-11-20`,
      `Bộ Giáo dục và Đào tạo đã hướng dẫn các địa phương tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} với chủ đề “${directive.theme}”. Trên cơ sở báo cáo của các địa phương, Bộ Giáo dục và Đào tạo báo cáo kết quả như sau:`,
      edition.filing,
    );
    const text = await textOf(renderNationalSummary(summary, { meta }));
    expect(text).toContain(
      `Tính đến ngày 20/11/${year}, Bộ Giáo dục và Đào tạo đã nhận được báo cáo của ${summary.rows.length}/${edition.expected} tỉnh, thành phố trực thuộc trung ương.`,
    );
    expect(text).toContain(`Các địa phương chưa gửi báo cáo (${edition.expected - summary.rows.length}):`);
    for (const row of summary.rows) expect(text).toContain(row.name);
  });
});

describe("the 2025 Week after the reform of 01/07/2025", () => {
  it("is expected of the 34 provinces in force then, not of Nam Định or Hà Nam", () => {
    const summary = summarizeReports([sampleReport2025], { year: 2025, directive: directiveFor(2025) });
    const missing = summary.missing.map((entry) => entry.province);
    expect(missing).toHaveLength(33);
    expect(missing).not.toContain("35");
    expect(missing).not.toContain("36");
  });

  it("warns of a plan that still gives work to district bodies", () => {
    const input: ProvincialPlanInput = {
      ...samplePlan2025,
      activities: samplePlan2025.activities.map((activity) =>
        activity.code === "digital.skills-training"
          ? { ...activity, responsible: ["Ủy ban nhân dân các huyện, thành phố"] }
          : activity,
      ),
    };
    const result = validatePlan(input, { directive: directiveFor(2025) });
    expect(result.ok).toBe(true);
    expect(warningsOf(result.issues)).toEqual(["actor.district-abolished"]);
  });
});

/** A made-up 2027 letter, whole: 2020's as the base, its own body, no district tier. */
const letter2027Body: DirectiveInput["letter"]["body"] = [
  {
    type: "paragraph",
    id: "intro",
    text: "Thực hiện nhiệm vụ năm học 2027-2028 đối với giáo dục thường xuyên, Bộ Giáo dục và Đào tạo (GDĐT) đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi là tỉnh) chỉ đạo Sở GDĐT, Hội Khuyến học tỉnh và các đơn vị có liên quan tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027 (sau đây gọi là Tuần lễ), cụ thể như sau:",
  },
  { type: "heading", id: "s1", label: "1.", text: "Mục đích, yêu cầu" },
  {
    type: "paragraph",
    id: "s1.purpose",
    text: "Nâng cao nhận thức của người dân về vai trò của học tập suốt đời trong kỷ nguyên số; các hoạt động của Tuần lễ bảo đảm thiết thực, hiệu quả, phù hợp với tổ chức chính quyền địa phương hai cấp.",
  },
  { type: "heading", id: "s2", label: "2.", text: "Chủ đề" },
  {
    type: "paragraph",
    id: "s2.theme",
    text: "Chủ đề của Tuần lễ năm 2027: “Học tập suốt đời trong kỷ nguyên số”.",
  },
  { type: "heading", id: "s3", label: "3.", text: "Thời gian tổ chức" },
  {
    type: "paragraph",
    id: "s3.dates",
    text: "Tuần lễ được tổ chức từ ngày 01/10/2027 đến ngày 07/10/2027, trong đó Lễ khai mạc Tuần lễ được tổ chức vào ngày 01/10/2027.",
  },
  { type: "heading", id: "s4", label: "4.", text: "Các hoạt động trong Tuần lễ" },
  {
    type: "point",
    id: "s4.a",
    label: "a)",
    text: "Tổ chức các hoạt động thông tin, tuyên truyền trên các phương tiện thông tin đại chúng, cổng thông tin điện tử và mạng xã hội; treo băng rôn, khẩu hiệu tại các cơ sở giáo dục, cơ quan và nơi công cộng.",
  },
  {
    type: "point",
    id: "s4.b",
    label: "b)",
    text: "Tổ chức Lễ khai mạc Tuần lễ có sự tham gia của đại diện lãnh đạo cấp ủy đảng, chính quyền, các cơ sở giáo dục, doanh nghiệp, cơ quan thông tin đại chúng và các tầng lớp nhân dân.",
  },
  {
    type: "point",
    id: "s4.c",
    label: "c)",
    text: "Triển khai các hoạt động theo chủ đề của Tuần lễ, trực tiếp kết hợp trực tuyến:",
  },
  {
    type: "bullet",
    id: "s4.c.1",
    text: "Tổ chức diễn đàn với chuyên gia và các lớp bồi dưỡng kỹ năng số cho học sinh, sinh viên, cán bộ, công chức và người dân.",
  },
  {
    type: "bullet",
    id: "s4.c.2",
    text: "Phát triển các câu lạc bộ đọc sách; quyên góp sách xây dựng tủ sách lớp học cho các trường vùng sâu, vùng xa.",
  },
  { type: "heading", id: "s5", label: "5.", text: "Tổ chức thực hiện" },
  {
    type: "point",
    id: "s5.a",
    label: "a)",
    text: "Ủy ban nhân dân các tỉnh: Chỉ đạo các sở, ngành và Ủy ban nhân dân cấp xã xây dựng kế hoạch và tổ chức Tuần lễ; vận động doanh nghiệp, tổ chức, cá nhân tham gia; bố trí kinh phí theo quy định; kiểm tra, tổng kết, nhân rộng các tấm gương tự học, học tập suốt đời; khen thưởng các tập thể, cá nhân tích cực.",
  },
  {
    type: "point",
    id: "s5.b",
    label: "b)",
    text: "Sở Giáo dục và Đào tạo: Chủ trì, phối hợp với Hội Khuyến học tỉnh tham mưu cho Ủy ban nhân dân tỉnh ban hành kế hoạch; xây dựng chương trình, dự toán kinh phí và tổ chức các hoạt động; tổng hợp, báo cáo kết quả; duy trì các hoạt động trong suốt năm học.",
  },
  {
    type: "point",
    id: "s5.c",
    label: "c)",
    text: "Các cơ sở giáo dục: Tổ chức các lớp học, tập huấn, hội thảo với nội dung, hình thức phong phú, thiết thực.",
  },
  {
    type: "paragraph",
    id: "closing",
    text: "Bộ Giáo dục và Đào tạo đề nghị Chủ tịch Ủy ban nhân dân các tỉnh giao Ban chỉ đạo xây dựng xã hội học tập tỉnh báo cáo kết quả tổ chức Tuần lễ về Bộ GDĐT (qua Vụ Giáo dục nghề nghiệp và Giáo dục thường xuyên) trước ngày 29/10/2027 để Bộ GDĐT tổng hợp, báo cáo Thủ tướng Chính phủ.",
  },
];

const input2027: DirectiveInput = {
  schemaVersion: 1,
  year: 2027,
  letter: {
    ...directive2020.letter,
    number: 4321,
    symbol: "BGDĐT-GDNNGDTX",
    date: "2027-09-10",
    subject: "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027",
    body: letter2027Body,
    signature: { authority: [{ kind: "KT", title: "BỘ TRƯỞNG" }], title: "THỨ TRƯỞNG", name: "Nguyễn Văn C" },
    copies: ["Như trên", "Lưu: VT, GDNNGDTX"],
  },
  theme: "Học tập suốt đời trong kỷ nguyên số",
  week: { start: "2027-10-01", end: "2027-10-07", opening: "2027-10-01" },
  activities: [
    { code: "communication.media", source: "s4.a" },
    { code: "communication.banners", source: "s4.a" },
    { code: "opening-ceremony", source: "s4.b" },
    { code: "digital.expert-forums", source: "s4.c.1" },
    { code: "digital.skills-training", source: "s4.c.1" },
    { code: "reading.clubs", source: "s4.c.2" },
    { code: "reading.book-donations", source: "s4.c.2" },
    { code: "institutions.classes", source: "s5.c" },
  ],
  duties: [
    ...directive2020.duties.filter((duty) => duty.actor !== "district-peoples-committee"),
    { actor: "commune-peoples-committee", source: "s5.a", duties: ["plan-and-run-week"] },
  ],
  reporting: {
    ...directive2020.reporting,
    deadline: { kind: "before", date: "2027-10-29" },
    via: "Vụ Giáo dục nghề nghiệp và Giáo dục thường xuyên",
    email: undefined,
  },
  errata: [],
};

/** The 2025 sample moved to 2027: same province (Ninh Bình, 37), dates two years on. */
const in2027 = (date: string) => date.replace(/^2025-/, "2027-");

const plan2027: ProvincialPlanInput = {
  ...samplePlan2025,
  year: 2027,
  date: "2027-09-20",
  subject: "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027",
  legalBases: [
    "Căn cứ Công văn số 4321/BGDĐT-GDNNGDTX ngày 10/9/2027 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027",
  ],
  activities: samplePlan2025.activities.map((activity) => ({
    ...activity,
    start: in2027(activity.start),
    end: in2027(activity.end),
  })),
};

const report2027: ProvincialReportInput = {
  ...sampleReport2025,
  year: 2027,
  date: "2027-10-20",
  submittedAt: "2027-10-21T08:45:00+07:00",
  subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027",
};

describe("a made-up 2027 edition, declared whole with defineDirective", () => {
  const directive2027: Directive = defineDirective(input2027);
  const terms = directiveFor(2027, { directives: [directive2027] });

  it("is a valid directive with no issue, and directiveFor(2027) gives it whole", () => {
    expect(validateDirective(directive2027).issues).toEqual([]);
    expect(validateDirectiveTerms(terms).issues).toEqual([]);
    expect(terms.directive).toBe(directive2027);
    expect(terms.facts.text.known).toBe(true);
    expect(terms.theme).toBe("Học tập suốt đời trong kỷ nguyên số");
    expect(directive2027.duties.some((duty) => duty.actor === "district-peoples-committee")).toBe(false);
    expect(directive2027.funding).toBeUndefined();
  });

  it("its letter renders: number, trích yếu, theme, Week", async () => {
    const paragraphs = readDocxText(await renderOfficialLetter(directive2027.letter));
    const text = paragraphs.join("\n");
    expect(paragraphs).toContain("Số: 4321/BGDĐT-GDNNGDTX");
    expect(paragraphs).toContain("V/v tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027");
    expect(paragraphs).toContain("Hà Nội, ngày 10 tháng 9 năm 2027");
    expect(paragraphs).toContain("- Lưu: VT, GDNNGDTX.");
    expect(text).toContain("“Học tập suốt đời trong kỷ nguyên số”");
    expect(text).toContain("từ ngày 01/10/2027 đến ngày 07/10/2027");
    expect(text).not.toMatch(/2020|cấp huyện/);
  });

  it("a plan, a report and a summary of 2027 validate and render against it", async () => {
    for (const directive of [directive2027, terms]) {
      expect(validatePlan(plan2027, { directive }).issues).toEqual([]);
      expect(validateReport(report2027, { directive }).issues).toEqual([]);
    }
    const planText = await textOf(renderPlan(plan2027, { directive: terms }));
    expect(planText).toContain("Chủ đề: “Học tập suốt đời trong kỷ nguyên số”.");
    expect(planText).toContain("Thời gian: từ ngày 01/10/2027 đến ngày 07/10/2027; khai mạc ngày 01/10/2027.");
    const reportText = await textOf(renderReport(report2027, { directive: directive2027 }));
    expect(reportText).toContain(
      "Thực hiện Công văn số 4321/BGDĐT-GDNNGDTX ngày 10 tháng 9 năm 2027 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027,",
    );

    // Hà Nội's report is sent after 29/10/2027: the summary counts it and lists it as late.
    const late = reportOf(
      report2027 as ProvincialReport,
      "01",
      "UBND THÀNH PHỐ HÀ NỘI",
      "Hà Nội",
      "2027-11-02T09:00:00+07:00",
    );
    const inputs = [report2027, late];
    const summary = summarizeReports(inputs, { year: 2027, directive: terms });
    expect(summary.rows.length + summary.rejected.length + summary.duplicates.length).toBe(inputs.length);
    expect(summary.rows.map((row) => row.province)).toEqual(["01", "37"]);
    expect(summary.expected).toBe(34);
    expect(summary.missing).toHaveLength(32);
    // «trước ngày 29/10/2027»: the last day is 28/10, so 02/11 is five days late.
    expect(summary.late).toEqual([{ index: 1, province: "01", daysLate: 5 }]);
    const meta = summaryMetaOf(
      2027,
      "2027-11-20",
      "Bộ Giáo dục và Đào tạo đã ban hành Công văn số 4321/BGDĐT-GDNNGDTX ngày 10/9/2027 hướng dẫn các địa phương tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027. Trên cơ sở báo cáo của các địa phương, Bộ Giáo dục và Đào tạo báo cáo kết quả như sau:",
      "GDNNGDTX",
    );
    const summaryText = await textOf(renderNationalSummary(summary, { meta }));
    expect(summaryText).toContain("đã nhận được báo cáo của 2/34 tỉnh, thành phố trực thuộc trung ương.");
    expect(summaryText).toContain("Số địa phương gửi báo cáo quá hạn: 1, gồm: thành phố Hà Nội (5 ngày).");
  });

  it("accepts a week of nine days with a warning only: directive.week-length is a warning by the rules", () => {
    const week = { start: "2027-10-01", end: "2027-10-09", opening: "2027-10-01" };
    const long = defineDirective({ ...input2027, week });
    expect(long.week).toEqual(week);
    expect(validateDirective(long).issues).toEqual([
      expect.objectContaining({ code: "directive.week-length", severity: "warning", path: ["week", "end"] }),
    ]);
  });

  it.each([
    {
      broken: "an opening outside the week",
      change: { week: { start: "2027-10-01", end: "2027-10-07", opening: "2027-10-08" } },
      code: "directive.opening-outside-week",
      path: ["week", "opening"],
    },
    {
      broken: "a week in another year",
      change: { week: { start: "2026-10-01", end: "2026-10-07", opening: "2026-10-01" } },
      code: "directive.week-year",
      path: ["week"],
    },
    {
      broken: "a report deadline within the week",
      change: { reporting: { ...input2027.reporting, deadline: { kind: "before", date: "2027-10-05" } } },
      code: "directive.deadline-before-week-end",
      path: ["reporting", "deadline"],
    },
  ] as const)("is refused with $broken: domain.invalid-directive naming the path", ({ change, code, path }) => {
    let thrown: unknown;
    try {
      defineDirective({ ...input2027, ...change });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.code).toBe("domain.invalid-directive");
    expect(error.message).toContain(`${formatIssuePath(path)}: `);
    expect(error.issues.filter((issue) => issue.severity === "error")).toEqual([
      expect.objectContaining({ code, path }),
    ]);
  });
});
