import { describe, expect, it } from "vitest";
import { nd30Profile } from "../nd30Profile.ts";
import { blockXml, isBold } from "../testing/blockXml.ts";
import { attrOf, paragraphWithText } from "../testing/docxXml.ts";
import { drafterLine, draftMark, stampParagraphs } from "./documentMarks.ts";

const boxWidth = (xml: string, available: number) =>
  available - Number(attrOf(xml, "w:ind", "w:left")) - Number(attrOf(xml, "w:ind", "w:right"));

describe("stampParagraphs", () => {
  const { header, stamp } = nd30Profile;
  const column = header.leftColumnWidth.value - 2 * header.cellMarginSide.value;

  it("boxes the urgency in bold bright red at the decree's width, the circulation scope in bold black", async () => {
    const xml = await blockXml(stampParagraphs({ urgency: "THƯỢNG KHẨN", circulation: "LƯU HÀNH NỘI BỘ" }));
    const urgent = paragraphWithText(xml, "THƯỢNG KHẨN").xml;
    const scope = paragraphWithText(xml, "LƯU HÀNH NỘI BỘ").xml;
    for (const p of [urgent, scope]) {
      for (const side of ["top", "left", "bottom", "right"]) expect(attrOf(p, `w:${side}`, "w:val")).toBe("single");
      expect([isBold(p), attrOf(p, "w:sz", "w:val")]).toEqual([true, "26"]);
    }
    expect(attrOf(urgent, "w:color", "w:val")).toBe("FF0000");
    expect(scope).not.toMatch(/<w:color w:val="FF0000"\/>/u);
    expect(boxWidth(urgent, column)).toBe(stamp.veryUrgentWidth.value);
  });

  it("gives «KHẨN» a 20 mm box and «HỎA TỐC» a 30 mm one, and prints nothing without marks", async () => {
    const urgent = paragraphWithText(await blockXml(stampParagraphs({ urgency: "KHẨN" })), "KHẨN").xml;
    const express = paragraphWithText(await blockXml(stampParagraphs({ urgency: "HỎA TỐC" })), "HỎA TỐC").xml;
    expect(boxWidth(urgent, column)).toBe(1134);
    expect(boxWidth(express, column)).toBe(1701);
    expect(stampParagraphs({})).toEqual([]);
  });
});

describe("drafterLine and draftMark", () => {
  it("writes the drafter's initials and copies as «PL.(300)»", () => {
    expect(drafterLine({ initials: "PL", copies: 300 })).toBe("PL.(300)");
    expect(drafterLine(undefined)).toBeUndefined();
  });

  it("boxes «DỰ THẢO» in bold against the right edge", async () => {
    const mark = paragraphWithText(await blockXml([draftMark()]), "DỰ THẢO").xml;
    expect(isBold(mark)).toBe(true);
    expect(attrOf(mark, "w:ind", "w:right")).toBe("0");
    expect(Number(attrOf(mark, "w:ind", "w:left"))).toBeGreaterThan(nd30Profile.page.textWidth.value / 2);
    expect(attrOf(mark, "w:top", "w:val")).toBe("single");
  });
});
