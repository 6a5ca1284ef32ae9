import { describe, expect, it } from "vitest";
import { blockXml, isBold, isItalic } from "../testing/blockXml.ts";
import { attrOf, effectiveSizeOf, paragraphsOf } from "../testing/docxXml.ts";
import { legalBasesBlock } from "./legalBasesBlock.ts";

describe("legalBasesBlock", () => {
  it("prints one italic căn cứ a line, «;» after each and «.» after the last, indented and justified", async () => {
    const xml = await blockXml(legalBasesBlock(["Căn cứ Luật A;", "Căn cứ Nghị định B", "Theo đề nghị của C."]));
    const paragraphs = paragraphsOf(xml).filter((p) => p.text !== "");
    expect(paragraphs.map((p) => p.text)).toEqual(["Căn cứ Luật A;", "Căn cứ Nghị định B;", "Theo đề nghị của C."]);
    for (const p of paragraphs) {
      expect([isItalic(p.xml), isBold(p.xml)]).toEqual([true, false]);
      expect(effectiveSizeOf(p.xml)).toBe(28);
      expect(attrOf(p.xml, "w:jc", "w:val")).toBe("both");
      expect(attrOf(p.xml, "w:ind", "w:firstLine")).toBe("567");
    }
  });

  it("prints nothing when there is no căn cứ", () => {
    expect(legalBasesBlock([])).toEqual([]);
  });
});
