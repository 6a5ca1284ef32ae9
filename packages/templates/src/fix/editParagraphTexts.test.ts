import { describe, expect, it } from "vitest";
import { editParagraphTexts } from "./editParagraphTexts.ts";

const colon = [/Lưu\s*VT/u, () => "Lưu: VT"] as const;

describe("editParagraphTexts", () => {
  it("mends text split over runs in the run where the change starts, keeping the runs' formatting", () => {
    const xml =
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>- Lưu</w:t></w:r><w:r><w:t xml:space="preserve"> VT, </w:t></w:r><w:r><w:t>KH</w:t></w:r></w:p>';
    expect(editParagraphTexts(xml, [colon])).toBe(
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>- Lưu</w:t></w:r><w:r><w:t xml:space="preserve">: VT, </w:t></w:r><w:r><w:t>KH</w:t></w:r></w:p>',
    );
  });

  it("reads a text box's paragraph on its own, and leaves other paragraphs as they are", () => {
    const xml =
      "<w:p><w:r><w:t>Lưu</w:t></w:r><w:p><w:r><w:t>VT &amp; co</w:t></w:r></w:p></w:p><w:p><w:t>x</w:t></w:p>";
    expect(editParagraphTexts(xml, [colon])).toBe(xml);
    expect(editParagraphTexts("<w:p><w:t>Lưu VT &amp; co</w:t></w:p>", [colon])).toBe(
      "<w:p><w:t>Lưu: VT &amp; co</w:t></w:p>",
    );
  });
});
