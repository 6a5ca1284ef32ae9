import { directive2020, type ProvincialPlan, samplePlan2020, sampleSubmission2020, validatePlan } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { isBold, isItalic } from "../testing/blockXml.ts";
import { attrOf, cellsOf, paragraphsOf, paragraphWithText, tablesOf, unzipParts } from "../testing/docxXml.ts";
import { renderPlan } from "./renderPlan.ts";

const edit = (change: (draft: ProvincialPlan) => void): ProvincialPlan => {
  const draft = structuredClone(samplePlan2020);
  change(draft);
  return draft;
};

describe("renderPlan", () => {
  let bytes: Uint8Array;
  let document: string;

  beforeAll(async () => {
    bytes = await renderPlan(samplePlan2020, { directive: directive2020 });
    document = unzipParts(bytes)["word/document.xml"] ?? "";
  });

  it("reads as the golden text of the sample plan", async () => {
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/plan2020.txt");
  });

  it("prints «KẾ HOẠCH» and the trích yếu bold and centred under the header, no «V/v»", () => {
    const type = paragraphWithText(document, "KẾ HOẠCH").xml;
    expect([isBold(type), attrOf(type, "w:jc", "w:val")]).toEqual([true, "center"]);
    expect(isBold(paragraphWithText(document, samplePlan2020.subject).xml)).toBe(true);
    expect(document).not.toContain("V/v");
  });

  it("prints the căn cứ in italics, the last ending «.»", () => {
    const basis = paragraphsOf(document).find((p) => p.text.startsWith("Căn cứ Công văn"));
    expect(basis?.text.endsWith("năm 2020.")).toBe(true);
    expect(isItalic(basis?.xml ?? "")).toBe(true);
  });

  it("numbers its sections «I.» … «IV.» in bold upper case", () => {
    const sections = paragraphsOf(document)
      .filter((p) => /^[IVX]+\. /u.test(p.text))
      .map((p) => p.text);
    expect(sections).toEqual(["I. YÊU CẦU", "II. NỘI DUNG VÀ THỜI GIAN", "III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN"]);
    expect(isBold(paragraphWithText(document, "III. KINH PHÍ").xml)).toBe(true);
  });

  it("lays the activities out as a bordered table with a repeated header row and catalogue names", () => {
    const timetable = tablesOf(document)[1] ?? "";
    const rows = cellsOf(timetable).map((row) => row.map((cell) => paragraphsOf(cell)[0]?.text));
    expect(rows[0]).toEqual(["STT", "Hoạt động", "Thời gian", "Địa điểm", "Đơn vị chủ trì", "Đối tượng"]);
    expect(rows).toHaveLength(1 + samplePlan2020.activities.length);
    expect(rows[3]?.slice(0, 3)).toEqual(["3", "Lễ khai mạc Tuần lễ", "01/10/2020"]);
    expect(timetable).toMatch(/<w:tblHeader\/>/u);
    expect(attrOf(timetable, "w:insideH", "w:val")).toBe("single");
  });

  it("totals the budget in a bold row, then writes the total in words", () => {
    const budget = cellsOf(tablesOf(document)[2] ?? "");
    const total = budget.at(-1) ?? [];
    expect(total.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual(["Tổng cộng", "45.500.000"]);
    expect(total.every((cell) => isBold(cell))).toBe(true);
    expect(readDocxText(bytes)).toContain("(Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng)");
  });

  it("leaves the budget section out when there is no budget, and renumbers", async () => {
    const text = readDocxText(
      await renderPlan(
        edit((p) => {
          p.budget = [];
          delete (p as { budgetTotal?: number }).budgetTotal;
          p.constraints = [];
        }),
      ),
    );
    expect(text.filter((line) => /^[IVX]+\. /u.test(line))).toEqual([
      "I. NỘI DUNG VÀ THỜI GIAN",
      "II. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(text.join("\n")).not.toContain("Chủ đề:");
  });

  it("prints a plan's dự toán as its appendix, numbered from 1, and refers to it from «III. KINH PHÍ»", async () => {
    const withEstimate = edit((p) => {
      p.issuerName = "Sở Giáo dục và Đào tạo";
      p.budgetEstimate = structuredClone(sampleSubmission2020.budgetEstimate);
      delete p.budgetEstimate!.subject;
    });
    const rendered = await renderPlan(withEstimate, { directive: directive2020 });
    const text = readDocxText(rendered);
    const funding = text.indexOf("(Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng)");
    expect(text[funding + 1]).toBe("Chi tiết tại Phụ lục kèm theo Kế hoạch này.");
    const heading = text.indexOf("Phụ lục");
    expect(heading).toBeGreaterThan(text.indexOf("Nguyễn Văn A"));
    expect(text.slice(heading, heading + 3)).toEqual([
      "Phụ lục",
      "DỰ TOÁN KINH PHÍ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2020",
      "(Kèm theo Kế hoạch số 12/KH-SGDĐT ngày 22 tháng 9 năm 2020 của Sở Giáo dục và Đào tạo)",
    ]);
    expect(text.slice(heading + 3, heading + 9)).toEqual([
      "STT",
      "Nội dung",
      "Đơn vị tính",
      "Số lượng",
      "Đơn giá (đồng)",
      "Thành tiền (đồng)",
    ]);
    expect(text.at(-1)).toBe("Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng.");
    const xml = unzipParts(rendered)["word/document.xml"] ?? "";
    const sections = xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"\/>/u);
    expect(lintDocx(rendered)).toEqual({ ok: true, value: { kind: "document" }, issues: [], kind: "document" });
  });

  it("states the estimate's total and refers to the appendix when the plan has no budget lines", async () => {
    const text = readDocxText(
      await renderPlan(
        edit((p) => {
          p.issuerName = "Sở Giáo dục và Đào tạo";
          p.budget = [];
          delete (p as { budgetTotal?: number }).budgetTotal;
          p.budgetEstimate = structuredClone(sampleSubmission2020.budgetEstimate);
          p.budgetEstimate!.subject = "Tuần lễ 2020";
        }),
      ),
    );
    expect(text[text.indexOf("III. KINH PHÍ") + 1]).toBe(
      "Tổng kinh phí: 45.500.000 đồng (Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng), chi tiết tại Phụ lục kèm theo Kế hoạch này.",
    );
    expect(text).toContain("DỰ TOÁN KINH PHÍ TUẦN LỄ 2020");
    expect(text).toContain("(Kèm theo Kế hoạch số 12/KH-SGDĐT ngày 22 tháng 9 năm 2020 của Sở Giáo dục và Đào tạo)");
  });

  it("refuses a plan whose appendix does not add up to its budget (plan.budget-estimate-total)", async () => {
    const error = await renderPlan(
      edit((p) => {
        p.budgetEstimate = { lines: [sampleSubmission2020.budgetEstimate!.lines[0]!], total: 6_000_000, notes: [] };
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues).toEqual([
      expect.objectContaining({ code: "appendix.issuer-name", path: ["issuerName"] }),
      expect.objectContaining({ code: "plan.budget-estimate-total", path: ["budgetEstimate", "total"] }),
    ]);
  });

  it("renders a draft without a number: a blank number and a «DỰ THẢO» mark at the top", async () => {
    const draft = edit((p) => delete (p as { number?: number }).number);
    const text = readDocxText(await renderPlan(draft));
    expect(text[0]).toBe("DỰ THẢO");
    expect(text).toContain("Số:      /KH-SGDĐT");
  });

  it("records its template id and is byte-identical for the same plan and instant", async () => {
    const custom = unzipParts(bytes)["docProps/custom.xml"] ?? "";
    expect(custom).toMatch(/name="xhht.templateId"><vt:lpwstr>provincial-plan<\/vt:lpwstr>/u);
    const again = await renderPlan(samplePlan2020, { directive: directive2020, generatedAt: "2020-09-22" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("keeps the page set-up of the profile", () => {
    expect(Number(attrOf(document, "w:pgMar", "w:left"))).toBe(nd30Profile.page.marginLeft.value);
    expect(document).toMatch(/<w:titlePg\/>/u);
  });

  it("refuses an invalid plan with the validator's issues", async () => {
    const error = await renderPlan(edit((p) => (p.symbol = "BC-SGDĐT"))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ code: "templates.invalid-input" });
    expect((error as TemplateError).issues).toEqual([
      expect.objectContaining({ code: "plan.symbol-type", path: ["symbol"] }),
    ]);
  });

  it('refuses an invalid plan in English with { lang: "en" }, in Vietnamese by default, the document language aside', async () => {
    const invalid = edit((p) => (p.symbol = "BC-SGDĐT"));
    const english = await renderPlan(invalid, { lang: "en" }).catch((e: unknown) => e);
    const vietnamese = await renderPlan(invalid).catch((e: unknown) => e);
    expect(english).toBeInstanceOf(TemplateError);
    expect(vietnamese).toBeInstanceOf(TemplateError);
    const [issue] = (english as TemplateError).issues;
    expect((english as TemplateError).issues).toEqual(validatePlan(invalid, { lang: "en" }).issues);
    expect((vietnamese as TemplateError).issues).toEqual(validatePlan(invalid).issues);
    expect(issue).toMatchObject({ code: "plan.symbol-type", severity: "error", path: ["symbol"] });
    expect(issue?.message).not.toBe((vietnamese as TemplateError).issues[0]?.message);
    expect((english as TemplateError).message).toContain(`symbol: ${issue?.message}`);
    expect((vietnamese as TemplateError).message).toContain(
      `symbol: ${(vietnamese as TemplateError).issues[0]?.message}`,
    );
  });

  it("writes the same Vietnamese document whatever the language of messages", async () => {
    const options = { directive: directive2020, generatedAt: "2020-09-22" } as const;
    const english = await renderPlan(samplePlan2020, { ...options, lang: "en" });
    expect(english).toEqual(await renderPlan(samplePlan2020, options));
  });

  it("refuses a character XML cannot carry, naming the field", async () => {
    const error = await renderPlan(edit((p) => (p.activities[1]!.places[0] = "Trụ sở\uFFFE"))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "templates.unsafe-text", path: ["activities", 1, "places", 0] });
    expect((error as Error).message).toContain("activities.1.places.0");
  });
});
