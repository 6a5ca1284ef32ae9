import { createTranslator, type Invitation, sampleInvitation2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { isBold } from "../testing/blockXml.ts";
import { attrOf, paragraphWithText, unzipParts } from "../testing/docxXml.ts";
import { renderInvitation } from "./renderInvitation.ts";

const edit = (change: (draft: Invitation) => void): Invitation => {
  const draft = structuredClone(sampleInvitation2020);
  change(draft);
  return draft;
};

describe("renderInvitation", () => {
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderInvitation(sampleInvitation2020);
  });

  it("reads as the golden text of the sample invitation", async () => {
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/invitation2020.txt");
  });

  it("writes the time as «08 giờ 00, thứ Năm, ngày 01/10/2020» and the invitees one a line", () => {
    const text = readDocxText(bytes);
    expect(text).toContain("Thời gian: 08 giờ 00, thứ Năm, ngày 01/10/2020.");
    expect(text).toContain("- Đại diện các cơ quan thông tin đại chúng.");
    expect(isBold(paragraphWithText(unzipParts(bytes)["word/document.xml"] ?? "", "GIẤY MỜI").xml)).toBe(true);
  });

  it("boxes a «HỎA TỐC» stamp in red and a circulation scope, and marks a draft", async () => {
    const stamped =
      unzipParts(
        await renderInvitation(
          edit((i) => {
            Object.assign(i, { urgency: "HỎA TỐC", circulation: "LƯU HÀNH NỘI BỘ" });
            delete (i as { number?: number }).number;
          }),
        ),
      )["word/document.xml"] ?? "";
    expect(attrOf(paragraphWithText(stamped, "HỎA TỐC").xml, "w:color", "w:val")).toBe("FF0000");
    expect(attrOf(paragraphWithText(stamped, "LƯU HÀNH NỘI BỘ").xml, "w:left", "w:val")).toBe("single");
    expect(paragraphWithText(stamped, "DỰ THẢO").xml).toMatch(/<w:b\/>/u);
    expect(paragraphWithText(stamped, "Số:      /GM-SGDĐT").xml).toBeDefined();
  });

  it("refuses an invalid invitation with messages in the language asked for, Vietnamese by default", async () => {
    const invalid = edit((i) => (i.eventTime = "8h"));
    for (const lang of ["en", "vi"] as const) {
      const error = await renderInvitation(invalid, lang === "en" ? { lang } : {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateError);
      const message = createTranslator({ lang })("invitation.time");
      expect((error as TemplateError).issues).toEqual([
        expect.objectContaining({ code: "invitation.time", severity: "error", params: expect.any(Object), message }),
      ]);
      expect((error as TemplateError).message).toContain(message);
    }
  });

  it("refuses an invitation with a wrong symbol or time, and hostile text naming the field", async () => {
    const error = await renderInvitation(edit((i) => Object.assign(i, { symbol: "TB-SGDĐT", eventTime: "8h" }))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues.map((issue) => issue.code)).toEqual([
      "invitation.time",
      "invitation.symbol-type",
    ]);
    await expect(renderInvitation(edit((i) => (i.venue = "Hội trường\u0000A")))).rejects.toMatchObject({
      code: "templates.unsafe-text",
      path: ["venue"],
    });
  });

  it("is byte-identical for the same invitation and instant", async () => {
    const again = await renderInvitation(sampleInvitation2020, { generatedAt: new Date("2020-09-24T17:00:00Z") });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
