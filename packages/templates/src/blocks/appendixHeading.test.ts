import { describe, expect, it } from "vitest";
import { blockXml, isBold, isItalic } from "../testing/blockXml.ts";
import { attrOf, effectiveSizeOf, paragraphWithText } from "../testing/docxXml.ts";
import { appendixHeading } from "./appendixHeading.ts";

describe("appendixHeading", () => {
  it("centres «Phụ lục» bold 14 pt, the title upper case bold, and the «(Kèm theo …)» line in italics", async () => {
    const attachedTo =
      "(Kèm theo Quyết định số 1850/QĐ-UBND ngày 18 tháng 9 năm 2020 của Ủy ban nhân dân tỉnh Nam Định)";
    const xml = await blockXml(appendixHeading({ label: "Phụ lục I", title: "Danh sách thành viên", attachedTo }));
    const label = paragraphWithText(xml, "Phụ lục I").xml;
    const title = paragraphWithText(xml, "DANH SÁCH THÀNH VIÊN").xml;
    const line = paragraphWithText(xml, attachedTo).xml;
    expect([isBold(label), effectiveSizeOf(label)]).toEqual([true, 28]);
    expect([isBold(title), isItalic(title)]).toEqual([true, false]);
    expect([isBold(line), isItalic(line)]).toEqual([false, true]);
    for (const p of [label, title, line]) expect(attrOf(p, "w:jc", "w:val")).toBe("center");
  });
});
