import { type CommitteeDecision, sampleCommitteeDecision2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { renderCommitteeDecision } from "../documents/renderCommitteeDecision.ts";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { attrOf, effectiveSizeOf, paragraphsOf, unzipParts } from "../testing/docxXml.ts";
import { signingTimeText } from "./electronicSignature.ts";

const decision = (): CommitteeDecision => structuredClone(sampleCommitteeDecision2020);
const signedAt = "2020-09-18T15:04:05+07:00";

describe("electronicSignature", () => {
  it("writes the signing time in ISO 8601 at Vietnam's offset, to the second", () => {
    expect(signingTimeText(signedAt)).toBe("2020-09-18T15:04:05+07:00");
    expect(signingTimeText("2020-09-18T20:04:05.999Z")).toBe("2020-09-19T03:04:05+07:00");
    expect(signingTimeText(new Date(Date.UTC(2020, 8, 18, 8, 4, 5)))).toBe("2020-09-18T15:04:05+07:00");
  });

  it("refuses a signing time without an offset, or that is no instant, with templates.invalid-electronic-signature", () => {
    for (const value of ["2020-09-18T15:04:05", "2020-09-18", "hôm qua", 42]) {
      expect(() => signingTimeText(value)).toThrow(
        expect.objectContaining({ code: "templates.invalid-electronic-signature" }),
      );
    }
  });

  it("opens each appendix with the line: number and symbol, signing time; top right, 10 pt, upright, black", async () => {
    const input = decision();
    const bytes = await renderCommitteeDecision(input, { electronicSignature: { signedAt } });
    const line = `${String(input.number).padStart(2, "0")}/${input.symbol}\n${signedAt}`;
    const text = readDocxText(bytes);
    expect(text.filter((paragraph) => paragraph === line).length).toBeGreaterThan(0);
    const document = unzipParts(bytes)["word/document.xml"] ?? "";
    const sections = document.split(/<w:sectPr[\s\S]*?<\/w:sectPr>/u).slice(1, -1);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const [first] = paragraphsOf(section);
      expect(first?.text).toBe(line);
      expect(attrOf(first?.xml ?? "", "w:jc", "w:val")).toBe("right");
      expect(effectiveSizeOf(first?.xml ?? "")).toBe(20);
      expect(first?.xml).not.toMatch(/<w:[bi]\/>|<w:color /u);
    }
    // The body's first page has no such line: the decree asks for it on the attachment.
    expect(paragraphsOf(document)[0]?.text).not.toContain(signedAt);
    expect(lintDocx(bytes).issues).toEqual([]);
  });

  it("refuses to print it on a draft, which has no number and cannot be signed", async () => {
    const draft = decision();
    delete (draft as { number?: number }).number;
    await expect(renderCommitteeDecision(draft, { electronicSignature: { signedAt } })).rejects.toThrow(TemplateError);
    await expect(renderCommitteeDecision(draft, { electronicSignature: { signedAt } })).rejects.toMatchObject({
      code: "templates.invalid-electronic-signature",
    });
  });

  it("leaves the document as it was without the option", async () => {
    const input = decision();
    expect(await renderCommitteeDecision(input, { electronicSignature: undefined })).toEqual(
      await renderCommitteeDecision(input),
    );
  });
});
