import { directive2020, directiveFor, type ProvincialReport, sampleReport2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { isBold } from "../testing/blockXml.ts";
import { cellsOf, paragraphsOf, paragraphWithText, tablesOf, unzipParts } from "../testing/docxXml.ts";
import { renderReport } from "./renderReport.ts";

const edit = (change: (draft: ProvincialReport) => void): ProvincialReport => {
  const draft = structuredClone(sampleReport2020);
  change(draft);
  return draft;
};

describe("renderReport", () => {
  let bytes: Uint8Array;
  let document: string;

  beforeAll(async () => {
    bytes = await renderReport(sampleReport2020, { directive: directive2020 });
    document = unzipParts(bytes)["word/document.xml"] ?? "";
  });

  it("reads as the golden text of the sample report", async () => {
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/report2020.txt");
  });

  it("prints «BÁO CÁO» bold and centred with its trích yếu", () => {
    expect(isBold(paragraphWithText(document, "BÁO CÁO").xml)).toBe(true);
    expect(isBold(paragraphWithText(document, sampleReport2020.subject).xml)).toBe(true);
  });

  it("tables each activity's measures, the activity spanning its measure rows", () => {
    const rows = cellsOf(tablesOf(document)[1] ?? "");
    expect(rows[0]?.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual(["STT", "Hoạt động", "Chỉ số", "Kết quả"]);
    expect(rows[1]?.[1]).toMatch(/<w:vMerge w:val="restart"\/>/u);
    expect(rows[2]?.[1]).toMatch(/<w:vMerge w:val="continue"\/>/u);
    expect(rows[2]?.slice(2).map((cell) => paragraphsOf(cell)[0]?.text)).toEqual([
      "Số bài đăng trên mạng xã hội",
      "320",
    ]);
    expect(
      rows
        .at(-1)
        ?.slice(2)
        .map((cell) => paragraphsOf(cell)[0]?.text),
    ).toEqual(["Số tủ sách lớp học", "3.400"]);
  });

  it("lays out an activity's measures in the vocabulary's order, whatever the order of their keys", async () => {
    const reversed = edit((r) => {
      r.activities = r.activities.map((activity) => ({
        ...activity,
        measures: Object.fromEntries(Object.entries(activity.measures).reverse()),
      }));
    });
    const again = await renderReport(reversed, { directive: directive2020 });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("writes the money spent in figures and in words, and leaves out empty sections", async () => {
    expect(readDocxText(bytes)).toContain(
      "Tổng kinh phí đã sử dụng: 44.800.000 đồng (Bằng chữ: Bốn mươi tư triệu tám trăm nghìn đồng).",
    );
    const bare = readDocxText(
      await renderReport(
        edit((r) => {
          r.difficulties = [];
          r.proposals = [];
          r.activities[0] = { ...r.activities[0]!, notes: "Phối hợp với Báo Nam Định" };
        }),
      ),
    );
    expect(bare.filter((line) => /^[IVX]+\. /u.test(line))).toHaveLength(3);
    expect(bare).toContain(
      "- Thông tin, tuyên truyền trên phương tiện thông tin đại chúng, cổng thông tin điện tử và mạng xã hội: Phối hợp với Báo Nam Định.",
    );
  });

  it("renders a late report (a warning), and is byte-identical for the same report and instant", async () => {
    const late = edit((r) => ((r as { submittedAt: string }).submittedAt = "2020-11-05T09:00:00+07:00"));
    expect(readDocxText(await renderReport(late, { directive: directive2020 }))).toContain("BÁO CÁO");
    const again = await renderReport(sampleReport2020, { directive: directive2020, generatedAt: "2020-10-26" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses an invalid report with the validator's issues, and hostile text naming the field", async () => {
    const error = await renderReport(edit((r) => (r.activities[1]!.code = "reading.class-bookshelves"))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues.map((issue) => issue.code)).toContain("report.activity-duplicate");
    await expect(renderReport(edit((r) => (r.proposals[0] = "a\u0007b")))).rejects.toMatchObject({
      code: "templates.unsafe-text",
      path: ["proposals", 0],
    });
  });

  it("prints «Kính gửi:» and the Ministry on one line under the trích yếu, upright", () => {
    const text = readDocxText(bytes);
    expect(text.indexOf("Kính gửi:\tBộ Giáo dục và Đào tạo.")).toBe(text.indexOf(sampleReport2020.subject) + 2);
    expect(isBold(paragraphWithText(document, "Kính gửi:\tBộ Giáo dục và Đào tạo.").xml)).toBe(false);
  });

  it("sends a report written without recipients to the Ministry, and lists each of several on its own line", async () => {
    const { recipients: _, ...older } = sampleReport2020;
    expect(readDocxText(await renderReport(older, { directive: directive2020 }))).toContain(
      "Kính gửi:\tBộ Giáo dục và Đào tạo.",
    );
    const several = readDocxText(
      await renderReport(
        edit((r) => (r.recipients = ["Bộ Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Nam Định"])),
        { directive: directive2020 },
      ),
    );
    const at = several.indexOf("Kính gửi:");
    expect(several.slice(at, at + 3)).toEqual([
      "Kính gửi:",
      "- Bộ Giáo dục và Đào tạo;",
      "- Ủy ban nhân dân tỉnh Nam Định.",
    ]);
  });

  it("starts «Nơi nhận» with «- Như trên;», once, whether the report lists it, lists it later or leaves it out", async () => {
    const copiesOf = (text: string[]) => text.slice(text.indexOf("Nơi nhận:") + 1, text.indexOf("KT. GIÁM ĐỐC"));
    const expected = ["- Như trên;", "- Vụ GDTX, Bộ GDĐT;", "- UBND tỉnh (để b/c);", "- Lưu: VT, GDTX."];
    expect(copiesOf(readDocxText(bytes))).toEqual(expected);
    const without = edit((r) => (r.copies = r.copies.filter((copy) => copy !== "Như trên")));
    expect(copiesOf(readDocxText(await renderReport(without, { directive: directive2020 })))).toEqual(expected);
    const later = edit((r) => (r.copies = ["Vụ GDTX, Bộ GDĐT", "như trên", "UBND tỉnh (để b/c)", "Lưu: VT, GDTX"]));
    expect(copiesOf(readDocxText(await renderReport(later, { directive: directive2020 })))).toEqual(expected);
  });

  it("opens with a lead-in citing the directive's letter by number, date and subject, only when it knows the directive", async () => {
    const lead =
      "Thực hiện Công văn số 3589/BGDĐT-GDTX ngày 15 tháng 9 năm 2020 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020, Sở Giáo dục và Đào tạo báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 như sau:";
    const text = readDocxText(bytes);
    expect(text.indexOf(lead)).toBe(text.indexOf("Kính gửi:\tBộ Giáo dục và Đào tạo.") + 1);
    expect(text.indexOf(lead)).toBeLessThan(text.indexOf("I. KẾT QUẢ TỔ CHỨC CÁC HOẠT ĐỘNG"));
    const unnamed = edit((r) => delete (r as { issuerName?: string }).issuerName);
    expect(readDocxText(await renderReport(unnamed, { directive: directive2020 }))).toContain(
      lead.replace("Sở Giáo dục và Đào tạo báo cáo", "báo cáo"),
    );
    const bare = readDocxText(await renderReport(sampleReport2020));
    expect(bare.some((line) => line.startsWith("Thực hiện"))).toBe(false);
    expect(bare).toContain("Kính gửi:\tBộ Giáo dục và Đào tạo.");
  });

  it("cites a later year's letter as far as it is public: 2024 by number and date, 2025 by number alone", async () => {
    const forYear = (year: number, changes: Readonly<Record<string, unknown>>) =>
      edit((r) => {
        Object.assign(r, { year, subject: `Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}` }, changes);
      });
    const report2024 = forYear(2024, { date: "2024-10-21", submittedAt: "2024-10-22T09:00:00+07:00" });
    const text2024 = readDocxText(await renderReport(report2024, { directive: directiveFor(2024) }));
    expect(text2024).toContain(
      "Thực hiện Công văn số 5201/BGDĐT-GDTX ngày 09 tháng 9 năm 2024 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024, Sở Giáo dục và Đào tạo báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024 như sau:",
    );
    const report2025 = forYear(2025, {
      province: "01",
      parentBody: "UBND THÀNH PHỐ HÀ NỘI",
      place: "Hà Nội",
      date: "2025-10-20",
      submittedAt: "2025-10-21T09:00:00+07:00",
    });
    const text2025 = readDocxText(await renderReport(report2025, { directive: directiveFor(2025) }));
    expect(text2025.find((line) => line.startsWith("Thực hiện"))).toMatch(
      /^Thực hiện Công văn số 5607\/BGDĐT-GDNNGDTX của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ/,
    );
    const unknownYear = forYear(2030, {
      province: "01",
      parentBody: "UBND THÀNH PHỐ HÀ NỘI",
      place: "Hà Nội",
      date: "2030-10-20",
      submittedAt: "2030-10-21T09:00:00+07:00",
    });
    const text2030 = readDocxText(await renderReport(unknownYear, { directive: directiveFor(2030) }));
    expect(text2030.some((line) => line.startsWith("Thực hiện"))).toBe(false);
  });

  it("refuses terms that break the Week's rules, naming the field under «directive»", async () => {
    const broken = { ...directiveFor(2024), week: { start: "2024-10-01", end: "2024-10-07", opening: "2024-10-09" } };
    await expect(
      renderReport({ ...sampleReport2020, year: 2024 }, { directive: broken as never }),
    ).rejects.toMatchObject({
      code: "templates.invalid-input",
      issues: [expect.objectContaining({ code: "directive.opening-outside-week", path: ["week", "opening"] })],
    });
  });
});
