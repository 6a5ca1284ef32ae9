import {
  directive2020,
  type NationalSummary,
  type ProvincialReport,
  type ProvincialReportInput,
  sampleNationalSummaryMeta2020,
  sampleReport2020,
  summarizeReports,
} from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { isBold } from "../testing/blockXml.ts";
import { attrOf, cellsOf, paragraphsOf, tablesOf, unzipParts } from "../testing/docxXml.ts";
import { renderNationalSummary } from "./renderNationalSummary.ts";

const hanoi: ProvincialReport = {
  ...sampleReport2020,
  province: "01",
  parentBody: "UBND THÀNH PHỐ HÀ NỘI",
  place: "Hà Nội",
  examples: 3,
  submittedAt: "2020-11-02T10:00:00+07:00",
};
/** The per-province table: the one as wide as a landscape page's text. */
const provincesTableOf = (document: string): string =>
  tablesOf(document).find(
    (table) => attrOf(table, "w:tblW", "w:w") === String(nd30Profile.table.landscapeTextWidth.value),
  ) ?? "";

const summary = summarizeReports([sampleReport2020, hanoi], { year: 2020, directive: directive2020 });

describe("renderNationalSummary", () => {
  let bytes: Uint8Array;
  let document: string;

  beforeAll(async () => {
    bytes = await renderNationalSummary(summary, { meta: sampleNationalSummaryMeta2020 });
    document = unzipParts(bytes)["word/document.xml"] ?? "";
  });

  it("reads as the golden text of the sample summary", async () => {
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/summary2020.txt");
  });

  it("counts the reports, names the late and missing provinces in running text", () => {
    const text = readDocxText(bytes);
    expect(text).toContain(
      "1. Tính đến ngày 20/11/2020, Bộ Giáo dục và Đào tạo đã nhận được báo cáo của 2/63 tỉnh, thành phố trực thuộc trung ương.",
    );
    expect(text).toContain("2. Số địa phương gửi báo cáo quá hạn: 1, gồm: thành phố Hà Nội (4 ngày).");
    const missing = text.find((line) => line.startsWith("3. Các địa phương chưa gửi báo cáo (61): tỉnh Hà Giang"));
    expect(missing).toContain("Thành phố Hồ Chí Minh");
    expect(text).toContain("Kính gửi:\tThủ tướng Chính phủ.");
  });

  it("puts the per-province table in a landscape section of the body, numbered on with the report, not in an appendix", () => {
    // Decree 30/2020, Phụ lục I, Phần I, mục I: landscape only for tables not made into a separate appendix.
    const sections = document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu) ?? [];
    expect(sections).toHaveLength(3);
    const [opening = "", wide = "", closing = ""] = sections;
    expect(opening).not.toMatch(/landscape/u);
    expect(opening).toMatch(/<w:titlePg\/>/u);
    expect(attrOf(wide, "w:pgSz", "w:orient")).toBe("landscape");
    expect([attrOf(wide, "w:pgSz", "w:w"), attrOf(wide, "w:pgSz", "w:h")]).toEqual(["16838", "11906"]);
    expect(closing).not.toMatch(/landscape/u);
    for (const section of [wide, closing]) {
      // Pages 2, 3, … of one document: no restart, and the section's first page shows its number.
      expect(section).not.toMatch(/<w:pgNumType w:start|<w:titlePg/u);
      expect(section).toMatch(/<w:headerReference w:type="default"/u);
    }
    const text = readDocxText(bytes);
    expect(text.some((line) => /^Phụ lục|Kèm theo/u.test(line))).toBe(false);
    // A section's properties close it: the table lies after the first section's and before the landscape one's.
    const table = provincesTableOf(document);
    const at = (xml: string) => document.indexOf(xml);
    expect(at(opening)).toBeLessThan(at(table));
    expect(at(table)).toBeLessThan(at(wide));
    const title = "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 của các tỉnh, thành phố";
    expect(text.indexOf("Kết quả của từng tỉnh, thành phố như bảng sau:")).toBe(text.indexOf(title) - 1);
    expect(document.indexOf(title)).toBeGreaterThan(at(opening));
    expect(attrOf(table, "w:tblW", "w:w")).toBe(String(nd30Profile.table.landscapeTextWidth.value));
    const rows = cellsOf(table);
    expect(rows[1]?.slice(0, 4).map((cell) => paragraphsOf(cell)[0]?.text)).toEqual([
      "1",
      "Thành phố Hà Nội",
      "02/11/2020",
      "4",
    ]);
    expect(rows[2]?.slice(0, 4).map((cell) => paragraphsOf(cell)[0]?.text)).toEqual([
      "2",
      "Tỉnh Nam Định",
      "27/10/2020",
      "",
    ]);
    const total = rows.at(-1) ?? [];
    expect(paragraphsOf(total[0] ?? "")[0]?.text).toBe("Tổng cộng");
    expect(total.every((cell) => isBold(cell))).toBe(true);
    expect(paragraphsOf(total.at(-1) ?? "")[0]?.text).toBe("89.600.000");
    // The assessment, proposals and signature follow on portrait pages.
    const after = document.slice(document.indexOf(wide ?? "") + (wide ?? "").length);
    expect(paragraphsOf(after).map((p) => p.text)).toEqual(
      expect.arrayContaining(["III. ĐÁNH GIÁ CHUNG", "Nơi nhận:"]),
    );
  });

  it("lints with no issue, warnings included: its landscape table is in the body, as Decree 30 allows", () => {
    // Phụ lục I, Phần I, mục I: a table not made into a separate appendix may be laid out landscape.
    expect(lintDocx(bytes)).toEqual({ ok: true, value: { kind: "document" }, issues: [], kind: "document" });
  });

  it("keeps the signature with the table when nothing follows it, never alone on a portrait page", async () => {
    const bare = { ...sampleNationalSummaryMeta2020, assessment: [], proposals: [] };
    const rendered = await renderNationalSummary(summary, { meta: bare });
    const xml = unzipParts(rendered)["word/document.xml"] ?? "";
    const sections = xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu) ?? [];
    expect(sections).toHaveLength(2);
    expect(attrOf(sections[1] ?? "", "w:pgSz", "w:orient")).toBe("landscape");
    const table = xml.indexOf(provincesTableOf(xml));
    expect(xml.indexOf("Nơi nhận:")).toBeGreaterThan(table);
    expect(lintDocx(rendered).issues).toEqual([]);
  });

  it("shows a column only for the measures that count something", () => {
    const header = cellsOf(provincesTableOf(document))[0]?.map((cell) => paragraphsOf(cell)[0]?.text) ?? [];
    expect(header).toContain("Số tủ sách lớp học");
    expect(header).not.toContain("Số đoàn xe lưu động");
  });

  it("renders an empty summary, saying no province has reported", async () => {
    const empty = summarizeReports([], { year: 2020 });
    const text = readDocxText(await renderNationalSummary(empty, { meta: sampleNationalSummaryMeta2020 }));
    expect(text).toContain("Chưa có địa phương nào gửi báo cáo");
  });

  it("refuses a summary of another year, an invalid meta, and hostile text naming the field", async () => {
    const other: NationalSummary = { ...summary, year: 2021 };
    const error = await renderNationalSummary(other, { meta: sampleNationalSummaryMeta2020 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues).toEqual([expect.objectContaining({ code: "summary.year-mismatch" })]);
    await expect(
      renderNationalSummary(summary, { meta: { ...sampleNationalSummaryMeta2020, symbol: "BGDĐT-GDTX" } }),
    ).rejects.toMatchObject({
      code: "templates.invalid-input",
      issues: [expect.objectContaining({ code: "national-summary.symbol-type" })],
    });
    const hostile: NationalSummary = { ...summary, missing: [{ province: "02", name: "Tỉnh\uFFFE" }] };
    await expect(renderNationalSummary(hostile, { meta: sampleNationalSummaryMeta2020 })).rejects.toMatchObject({
      code: "templates.unsafe-text",
      path: ["summary", "missing", 0, "name"],
    });
  });

  it("is byte-identical for the same summary and instant", async () => {
    const again = await renderNationalSummary(summary, {
      meta: sampleNationalSummaryMeta2020,
      generatedAt: "2020-11-20",
    });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("still takes the meta as its second argument, deprecated, giving the same bytes", async () => {
    expect(
      Buffer.from(await renderNationalSummary(summary, sampleNationalSummaryMeta2020)).equals(Buffer.from(bytes)),
    ).toBe(true);
    const options = { generatedAt: "2020-11-21", electronicSignature: { signedAt: "2020-11-21T09:00:00+07:00" } };
    const old = await renderNationalSummary(summary, sampleNationalSummaryMeta2020, options);
    const now = await renderNationalSummary(summary, { meta: sampleNationalSummaryMeta2020, ...options });
    expect(Buffer.from(old).equals(Buffer.from(now))).toBe(true);
  });

  it("refuses a call without the meta with a TemplateError saying how to give it", async () => {
    for (const options of [undefined, {}, { generatedAt: "2020-11-20" }]) {
      const error = await renderNationalSummary(summary, options as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateError);
      expect(error).toMatchObject({ code: "templates.invalid-input", message: expect.stringContaining("{ meta:") });
    }
  });

  it("words a province's summary of its communes as communes: the count, the late list and the table's column", async () => {
    const units = [
      { code: "00004", name: "Phường Ba Đình", province: "01" },
      { code: "00008", name: "Phường Ngọc Hà", province: "01" },
      { code: "00025", name: "Phường Giảng Võ", province: "01" },
    ];
    const commune = (code: string, submittedAt: string): ProvincialReportInput => ({
      ...hanoi,
      commune: code,
      year: 2025,
      date: "2025-10-15",
      submittedAt,
    });
    const communes = summarizeReports(
      [commune("00004", "2025-10-16T09:00:00+07:00"), commune("00008", "2025-11-03T09:00:00+07:00")],
      { year: 2025, level: "commune", units, deadline: { kind: "before", date: "2025-10-30" } },
    );
    const meta = { ...sampleNationalSummaryMeta2020, year: 2025, date: "2025-11-05", asOf: "2025-11-05" };
    const text = readDocxText(await renderNationalSummary(communes, { meta }));
    expect(text.join("\n")).toContain("đã nhận được báo cáo của 2/3 xã, phường, đặc khu.");
    expect(text.join("\n")).toContain("Phường Ngọc Hà (5 ngày)");
    expect(text.join("\n")).toContain("Các địa phương chưa gửi báo cáo (1): Phường Giảng Võ.");
    expect(text).toContain("Xã, phường, đặc khu");
    expect(text.join("\n")).not.toContain("tỉnh, thành phố trực thuộc trung ương");
  });

  it("words a province's summary of its districts (before 01/07/2025) as districts: the count, the late list and the column", async () => {
    const units = [
      { code: "356", name: "Nam Định", fullName: "Thành phố Nam Định", province: "36" },
      { code: "359", name: "Vụ Bản", fullName: "Huyện Vụ Bản", province: "36" },
      { code: "366", name: "Hải Hậu", fullName: "Huyện Hải Hậu", province: "36" },
    ];
    const district = (code: string, submittedAt: string): ProvincialReportInput => ({
      ...hanoi,
      province: "36",
      district: code,
      year: 2024,
      date: "2024-10-15",
      submittedAt,
    });
    const districts = summarizeReports(
      [district("356", "2024-10-16T09:00:00+07:00"), district("366", "2024-11-01T09:00:00+07:00")],
      { year: 2024, level: "district", units, deadline: { kind: "before", date: "2024-10-30" } },
    );
    expect(districts.rows).toHaveLength(2);
    const meta = { ...sampleNationalSummaryMeta2020, year: 2024, date: "2024-11-05", asOf: "2024-11-05" };
    const text = readDocxText(await renderNationalSummary(districts, { meta }));
    expect(text.join("\n")).toContain("đã nhận được báo cáo của 2/3 quận, huyện, thị xã, thành phố thuộc tỉnh.");
    expect(text.join("\n")).toContain("Huyện Hải Hậu (3 ngày)");
    expect(text.join("\n")).toContain("Các địa phương chưa gửi báo cáo (1): Huyện Vụ Bản.");
    expect(text.join("\n")).toContain("Kết quả của từng quận, huyện, thị xã, thành phố thuộc tỉnh như bảng sau:");
    expect(text).toContain("Quận, huyện");
    expect(text.join("\n")).not.toContain("tỉnh, thành phố trực thuộc trung ương");
  });
});
