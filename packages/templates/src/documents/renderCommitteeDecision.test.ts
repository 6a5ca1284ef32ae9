import { type CommitteeDecision, sampleCommitteeDecision2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { isBold, isItalic } from "../testing/blockXml.ts";
import { attrOf, cellsOf, paragraphsOf, paragraphWithText, tablesOf, unzipParts } from "../testing/docxXml.ts";
import { renderCommitteeDecision } from "./renderCommitteeDecision.ts";

const edit = (change: (draft: CommitteeDecision) => void): CommitteeDecision => {
  const draft = structuredClone(sampleCommitteeDecision2020);
  change(draft);
  return draft;
};
const sectionsOf = (xml: string) => xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/gu) ?? [];

describe("renderCommitteeDecision", () => {
  let bytes: Uint8Array;
  let document: string;

  beforeAll(async () => {
    bytes = await renderCommitteeDecision(sampleCommitteeDecision2020);
    document = unzipParts(bytes)["word/document.xml"] ?? "";
  });

  it("reads as the golden text of the sample decision", async () => {
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/decision2020.txt");
  });

  it("centres the deciding authority and «QUYẾT ĐỊNH:» in bold, the căn cứ in italics in between", () => {
    const texts = paragraphsOf(document).map((p) => p.text);
    const authority = texts.indexOf("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH");
    const formula = texts.indexOf("QUYẾT ĐỊNH:");
    expect(authority).toBeGreaterThan(texts.indexOf("QUYẾT ĐỊNH"));
    expect(texts.slice(authority + 1, formula)).toHaveLength(3);
    expect(texts[formula - 1]).toBe("Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.");
    expect(isItalic(paragraphWithText(document, texts[formula - 1] ?? "").xml)).toBe(true);
    for (const text of ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "QUYẾT ĐỊNH:"]) {
      const p = paragraphWithText(document, text).xml;
      expect([isBold(p), attrOf(p, "w:jc", "w:val")]).toEqual([true, "center"]);
    }
  });

  it("opens each article with a bold «Điều N.» and numbers the duties as clauses", () => {
    const articles = paragraphsOf(document).filter((p) => p.text.startsWith("Điều "));
    expect(articles.map((p) => p.text.slice(0, 8))).toEqual(["Điều 1. ", "Điều 2. ", "Điều 3. "]);
    for (const article of articles) expect(isBold(/<w:r>[\s\S]*?<\/w:r>/u.exec(article.xml)?.[0] ?? "")).toBe(true);
    expect(readDocxText(bytes)).toContain("2. Tổ chức Lễ khai mạc Tuần lễ vào ngày 01/10/2020;");
  });

  it("puts the members in an appendix section numbered from 1, head first, with the «(Kèm theo …)» line", async () => {
    const sections = sectionsOf(document);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"\/>/u);
    expect(sections[1]).not.toMatch(/w:orient="landscape"/u);
    expect(readDocxText(bytes)).toContain(
      "(Kèm theo Quyết định số 1850/QĐ-UBND ngày 18 tháng 9 năm 2020 của Chủ tịch Ủy ban nhân dân tỉnh Nam Định)",
    );
    const reordered = edit((d) => d.members.reverse());
    const rows = cellsOf(
      tablesOf(unzipParts(await renderCommitteeDecision(reordered))["word/document.xml"] ?? "").at(-1) ?? "",
    );
    expect(rows.slice(1).map((row) => paragraphsOf(row[3] ?? "")[0]?.text)).toEqual([
      "Trưởng ban",
      "Phó Trưởng ban",
      "Ủy viên thường trực",
      "Ủy viên",
      "Ủy viên",
      "Thư ký",
    ]);
  });

  it("prints the drafter's line under «Nơi nhận» at 11 pt, and urgency stamps under the number", async () => {
    expect(attrOf(paragraphWithText(document, "VP.(15)").xml, "w:sz", "w:val")).toBe("22");
    const urgent = unzipParts(await renderCommitteeDecision(edit((d) => Object.assign(d, { urgency: "KHẨN" }))));
    const [left] = cellsOf(tablesOf(urgent["word/document.xml"] ?? "")[0] ?? "")[1] ?? [];
    expect(paragraphsOf(left ?? "").map((p) => p.text)).toEqual(["Số: 1850/QĐ-UBND", "KHẨN"]);
  });

  it("refuses a decision without a head, with the validator's issues, and hostile text naming the field", async () => {
    const error = await renderCommitteeDecision(edit((d) => (d.members[0]!.role = "member"))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues).toEqual([expect.objectContaining({ code: "decision.head-count" })]);
    await expect(renderCommitteeDecision(edit((d) => (d.members[2]!.name = "Lê\uFFFF")))).rejects.toMatchObject({
      code: "templates.unsafe-text",
      path: ["members", 2, "name"],
    });
  });

  it("is byte-identical for the same decision and instant", async () => {
    const again = await renderCommitteeDecision(sampleCommitteeDecision2020, { generatedAt: "2020-09-18" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
