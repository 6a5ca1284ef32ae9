import { describe, expect, it } from "vitest";
import { nd30Profile } from "../nd30Profile.ts";
import { blockXml, isBold } from "../testing/blockXml.ts";
import { attrOf, effectiveSizeOf, paragraphsOf, paragraphWithText } from "../testing/docxXml.ts";
import { estimateTextWidth } from "../text/estimateTextWidth.ts";
import { titleBlock } from "./titleBlock.ts";

describe("titleBlock", () => {
  it("prints the type name upper case and the trích yếu under it, both bold 14 pt and centred", async () => {
    const xml = await blockXml(titleBlock("Kế hoạch", "Tổ chức Tuần lễ năm 2020"));
    const type = paragraphWithText(xml, "KẾ HOẠCH").xml;
    const subject = paragraphWithText(xml, "Tổ chức Tuần lễ năm 2020").xml;
    for (const p of [type, subject]) {
      expect(isBold(p)).toBe(true);
      expect(effectiveSizeOf(p)).toBe(28);
      expect(attrOf(p, "w:jc", "w:val")).toBe("center");
    }
    expect(Number(attrOf(type, "w:spacing", "w:before"))).toBe(nd30Profile.title.spacingBefore.value);
  });

  it("draws a solid line under the trích yếu, 1/3 to 1/2 of its length, centred, with no text", async () => {
    const subject = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020";
    const paragraphs = paragraphsOf(await blockXml(titleBlock("KẾ HOẠCH", subject)));
    const rule = paragraphs[2]?.xml ?? "";
    expect(paragraphs[2]?.text).toBe("");
    expect(attrOf(rule, "w:top", "w:val")).toBe("single");
    const left = Number(attrOf(rule, "w:ind", "w:left"));
    expect(Number(attrOf(rule, "w:ind", "w:right"))).toBe(left);
    const drawn = nd30Profile.page.textWidth.value - 2 * left;
    const width = estimateTextWidth(subject, { size: 28, bold: true });
    expect(drawn).toBeGreaterThanOrEqual(width / 3);
    expect(drawn).toBeLessThanOrEqual(width / 2);
  });
});
