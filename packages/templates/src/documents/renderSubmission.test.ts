import { type Submission, sampleSubmission2020, validateSubmission } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { isBold, isItalic } from "../testing/blockXml.ts";
import { attrOf, cellsOf, paragraphsOf, paragraphWithText, tablesOf, unzipParts } from "../testing/docxXml.ts";
import { renderSubmission } from "./renderSubmission.ts";

const edit = (change: (draft: Submission) => void): Submission => {
  const draft = structuredClone(sampleSubmission2020);
  change(draft);
  return draft;
};
const sectionsOf = (xml: string) => xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu) ?? [];

describe("renderSubmission", () => {
  let bytes: Uint8Array;
  let document: string;
  let text: string[];

  beforeAll(async () => {
    bytes = await renderSubmission(sampleSubmission2020);
    document = unzipParts(bytes)["word/document.xml"] ?? "";
    text = readDocxText(bytes);
  });

  it("reads as the golden text of the sample submission", async () => {
    await expect(`${text.join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/submission2020.txt");
  });

  it("prints «Số: 14/TTr-SGDĐT», «TỜ TRÌNH» and the trích yếu bold and centred, then «Kính gửi»", () => {
    expect(text).toContain("Số: 14/TTr-SGDĐT");
    const type = paragraphWithText(document, "TỜ TRÌNH").xml;
    expect([isBold(type), attrOf(type, "w:jc", "w:val")]).toEqual([true, "center"]);
    expect(isBold(paragraphWithText(document, sampleSubmission2020.subject).xml)).toBe(true);
    expect(text).toContain("Kính gửi:\tỦy ban nhân dân tỉnh Nam Định.");
    expect(text.indexOf("Kính gửi:\tỦy ban nhân dân tỉnh Nam Định.")).toBeLessThan(
      text.findIndex((line) => line.startsWith("Căn cứ")),
    );
  });

  it("lists several recipients one a line after «Kính gửi:»", async () => {
    const several = readDocxText(
      await renderSubmission(edit((s) => (s.recipients = ["Ủy ban nhân dân tỉnh Nam Định", "Sở Tài chính"]))),
    );
    expect(several).toEqual(
      expect.arrayContaining(["Kính gửi:", "- Ủy ban nhân dân tỉnh Nam Định;", "- Sở Tài chính."]),
    );
  });

  it("prints the căn cứ in italics, the body, the total referring to the appendix, then the request", () => {
    const bases = paragraphsOf(document).filter((p) => p.text.startsWith("Căn cứ"));
    expect(bases.map((p) => [p.text.at(-1), isItalic(p.xml)])).toEqual([
      [";", true],
      [".", true],
    ]);
    const total =
      "Tổng kinh phí đề nghị phê duyệt: 45.500.000 đồng (Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng), chi tiết tại Phụ lục kèm theo Tờ trình này.";
    const at = (line: string) => text.indexOf(line);
    expect(at(sampleSubmission2020.body[0]!.text)).toBeGreaterThan(0);
    expect(at(total)).toBe(at(sampleSubmission2020.body[0]!.text) + 1);
    expect(at(sampleSubmission2020.proposal[0]!)).toBe(at(total) + 1);
  });

  it("starts «Nơi nhận» with «Như trên» (those in «Kính gửi»), whether or not the submission lists it", async () => {
    const copies = text.slice(text.indexOf("Nơi nhận:") + 1, text.indexOf("Nơi nhận:") + 4);
    expect(copies).toEqual(["- Như trên;", "- Sở Tài chính;", "- Lưu: VT, KHTC."]);
    const without = readDocxText(await renderSubmission(edit((s) => (s.copies = ["Sở Tài chính", "Lưu: VT, KHTC"]))));
    expect(without.slice(without.indexOf("Nơi nhận:") + 1, without.indexOf("Nơi nhận:") + 3)).toEqual([
      "- Như trên;",
      "- Sở Tài chính;",
    ]);
  });

  it("puts the estimate in an appendix numbered from 1: «Phụ lục», its title, «(Kèm theo Tờ trình số …)», the table and «Bằng chữ»", () => {
    const sections = sectionsOf(document);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"\/>/u);
    const heading = text.indexOf("Phụ lục");
    expect(text.slice(heading, heading + 3)).toEqual([
      "Phụ lục",
      "DỰ TOÁN KINH PHÍ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2020",
      "(Kèm theo Tờ trình số 14/TTr-SGDĐT ngày 21 tháng 9 năm 2020 của Sở Giáo dục và Đào tạo)",
    ]);
    const rows = cellsOf(tablesOf(document).at(-1) ?? "");
    expect(rows[1]?.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual([
      "1",
      "Băng rôn, khẩu hiệu",
      "cái",
      "20",
      "300.000",
      "6.000.000",
    ]);
    expect(rows.at(-1)?.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual(["Tổng cộng", "45.500.000"]);
    expect(isItalic(paragraphWithText(document, "Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng.").xml)).toBe(true);
  });

  it("titles the appendix «DỰ TOÁN KINH PHÍ» alone without a subject", async () => {
    const plain = readDocxText(await renderSubmission(edit((s) => delete s.budgetEstimate!.subject)));
    const heading = plain.indexOf("Phụ lục");
    expect(plain.slice(heading + 1, heading + 3)).toEqual([
      "DỰ TOÁN KINH PHÍ",
      "(Kèm theo Tờ trình số 14/TTr-SGDĐT ngày 21 tháng 9 năm 2020 của Sở Giáo dục và Đào tạo)",
    ]);
  });

  it("refuses an appendix without the issuer's name for its «(Kèm theo …)» line (appendix.issuer-name)", async () => {
    await expect(renderSubmission(edit((s) => delete s.issuerName))).rejects.toMatchObject({
      code: "templates.invalid-input",
      issues: [expect.objectContaining({ code: "appendix.issuer-name", path: ["issuerName"] })],
    });
  });

  it("has no appendix and no total line without an estimate", async () => {
    const bare = await renderSubmission(edit((s) => delete s.budgetEstimate));
    const lines = readDocxText(bare);
    expect(lines).not.toContain("Phụ lục");
    expect(lines.some((line) => line.startsWith("Tổng kinh phí"))).toBe(false);
    expect(sectionsOf(unzipParts(bare)["word/document.xml"] ?? "")).toHaveLength(1);
  });

  it("renders a draft without a number: a blank number, «DỰ THẢO» and a blank number in «(Kèm theo …)»", async () => {
    const draft = readDocxText(await renderSubmission(edit((s) => delete s.number)));
    expect(draft[0]).toBe("DỰ THẢO");
    expect(draft).toContain("Số:      /TTr-SGDĐT");
    expect(draft.some((line) => line.startsWith("(Kèm theo Tờ trình số      /TTr-SGDĐT"))).toBe(true);
  });

  it("passes the SDK's own Decree 30 linter, with and without its appendix", async () => {
    expect(lintDocx(bytes)).toEqual({ ok: true, value: { kind: "document" }, issues: [], kind: "document" });
    expect(lintDocx(await renderSubmission(edit((s) => delete s.budgetEstimate))).issues).toEqual([]);
  });

  it("opens its appendix with the digital signature's line when electronicSignature is given", async () => {
    const signedAt = "2020-09-21T15:04:05+07:00";
    const signed = readDocxText(await renderSubmission(sampleSubmission2020, { electronicSignature: { signedAt } }));
    expect(signed[signed.indexOf("Phụ lục") - 1]).toBe(`14/TTr-SGDĐT\n${signedAt}`);
  });

  it("records its template id and is byte-identical for the same submission and instant", async () => {
    const custom = unzipParts(bytes)["docProps/custom.xml"] ?? "";
    expect(custom).toMatch(/name="xhht.templateId"><vt:lpwstr>submission<\/vt:lpwstr>/u);
    const again = await renderSubmission(sampleSubmission2020, { generatedAt: "2020-09-21" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses an invalid submission with the validator\'s issues, in English with { lang: "en" }', async () => {
    const invalid = edit((s) => (s.symbol = "DT-SGDĐT"));
    const error = await renderSubmission(invalid, { lang: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ code: "templates.invalid-input" });
    expect((error as TemplateError).issues).toEqual(validateSubmission(invalid, { lang: "en" }).issues);
    expect((error as TemplateError).issues).toEqual([
      expect.objectContaining({ code: "submission.symbol-type", path: ["symbol"] }),
    ]);
    await expect(renderSubmission(edit((s) => (s.budgetEstimate!.lines[0]!.unit = "c\uD800ái")))).rejects.toMatchObject(
      { code: "templates.unsafe-text", path: ["budgetEstimate", "lines", 0, "unit"] },
    );
  });
});
