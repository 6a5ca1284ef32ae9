import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { blockXml, isBold } from "../testing/blockXml.ts";
import { attrOf, paragraphsOf, paragraphWithText } from "../testing/docxXml.ts";
import { bulletList, structuredBody } from "./structuredBody.ts";

describe("structuredBody", () => {
  it("centres «Phần I» and its upper-case title in bold", async () => {
    const xml = await blockXml(structuredBody([{ type: "part", label: "Phần I", title: "Quy định chung" }]));
    for (const text of ["Phần I", "QUY ĐỊNH CHUNG"]) {
      const p = paragraphWithText(xml, text).xml;
      expect([isBold(p), attrOf(p, "w:jc", "w:val")]).toEqual([true, "center"]);
      expect(p).toMatch(/<w:keepNext\/>/u);
    }
  });

  it("prints «I.» sections upper case and bold, indented like the body and kept with what follows", async () => {
    const xml = await blockXml(structuredBody([{ type: "section", label: "II.", title: "Nội dung và thời gian" }]));
    const p = paragraphWithText(xml, "II. NỘI DUNG VÀ THỜI GIAN").xml;
    expect([isBold(p), attrOf(p, "w:ind", "w:firstLine"), attrOf(p, "w:jc", "w:val")]).toEqual([true, "567", "both"]);
    expect(p).toMatch(/<w:keepNext\/>/u);
  });

  it("prints «Điều 1.» and its title bold, and the article's text upright in the same paragraph", async () => {
    const xml = await blockXml(
      structuredBody([
        { type: "article", number: 1, text: "Thành lập Ban Tổ chức." },
        { type: "article", number: 2, title: "Nhiệm vụ" },
      ]),
    );
    const first = paragraphWithText(xml, "Điều 1. Thành lập Ban Tổ chức.").xml;
    const runs = first.match(/<w:r>[\s\S]*?<\/w:r>/gu) ?? [];
    expect(runs.map((run) => isBold(run))).toEqual([true, false]);
    expect(isBold(paragraphWithText(xml, "Điều 2. Nhiệm vụ").xml)).toBe(true);
  });

  it("writes clause and point labels as text, «đ)» included, bold only for a titled clause", async () => {
    const xml = await blockXml(
      structuredBody([
        { type: "clause", label: "1.", text: "Mục đích", titled: true },
        { type: "clause", label: "2.", text: "Thời gian: từ ngày 01/10/2020." },
        { type: "point", label: "đ)", text: "Tổ chức thiết thực." },
        { type: "centred", text: "QUYẾT ĐỊNH:" },
        { type: "paragraph", text: "(Bằng chữ: Một đồng)", italics: true },
      ]),
    );
    expect(isBold(paragraphWithText(xml, "1. Mục đích").xml)).toBe(true);
    expect(isBold(paragraphWithText(xml, "2. Thời gian: từ ngày 01/10/2020.").xml)).toBe(false);
    expect(isBold(paragraphWithText(xml, "đ) Tổ chức thiết thực.").xml)).toBe(false);
    expect(attrOf(paragraphWithText(xml, "QUYẾT ĐỊNH:").xml, "w:jc", "w:val")).toBe("center");
    expect(paragraphWithText(xml, "(Bằng chữ: Một đồng)").xml).toMatch(/<w:i\/>/u);
    expect(xml).not.toMatch(/<w:numPr>/u);
  });

  it("ends a bullet list «;» … «.»", async () => {
    const xml = await blockXml(bulletList(["Một.", "Hai;", "Ba"]));
    expect(
      paragraphsOf(xml)
        .map((p) => p.text)
        .filter(Boolean),
    ).toEqual(["- Một;", "- Hai;", "- Ba."]);
  });
});

describe("structuredBody and bulletList on adversarial text", () => {
  it("lay out a megabyte of text in a block or a list item at once", () => {
    const text = `${"Sở; ".repeat(megabyte / 4)}x${";".repeat(1000)}`;
    expectQuickAnswer(() => structuredBody([{ type: "paragraph", text }]), 1_000);
    expectQuickAnswer(() => structuredBody([{ type: "section", label: "I.", title: text }]), 1_000);
    expectQuickAnswer(() => bulletList([text, ` ${";".repeat(megabyte)}x`]), 1_000);
  });
});
