import { directive2020, sampleCommitteeDecision2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { renderCommitteeDecision } from "../documents/renderCommitteeDecision.ts";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { isContactLine } from "./lintContact.ts";
import { lintDocx } from "./lintDocx.ts";
import { editParts, withPageCount } from "./testing/handTypedLetter.ts";

const contact = { address: "35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội", phone: "024.3869 5144" };
const codes = (bytes: Uint8Array) => lintDocx(bytes).issues.map((issue) => issue.code);
/** `docx` with its footer parts changed by `edit`. */
const editFooters = (docx: Uint8Array, edit: (xml: string) => string) =>
  editParts(docx, (name, xml) => (/^word\/footer\d+\.xml$/u.test(name) ? edit(xml) : undefined));

describe("lintDocx on the address line (cell 14)", () => {
  let letter: Uint8Array;
  beforeAll(async () => {
    letter = await renderOfficialLetter({ ...directive2020.letter, contact });
  });

  it("recognises the line by its labels: «Địa chỉ:», «ĐT:», «Fax:», «Email:», «Website:»", () => {
    expect(isContactLine("Địa chỉ: 35 Đại Cồ Việt; ĐT: 024.3869 5144")).toBe(true);
    expect(isContactLine("Website: moet.gov.vn")).toBe(true);
    expect(isContactLine("E-mail: vanthu@moet.gov.vn")).toBe(true);
    expect(isContactLine("2")).toBe(false);
    expect(isContactLine("Tổ chức tại địa chỉ của Sở")).toBe(false);
  });

  it("finds nothing wrong in the line the templates print", async () => {
    expect(codes(letter)).toEqual([]);
  });

  it("wants it on page 1 only (nd30.contact.first-page)", () => {
    // The same footer shown on every page: referenced as the default footer, not page 1's.
    const everyPage = editParts(letter, (name, xml) =>
      name === "word/document.xml"
        ? xml.replace(/w:footerReference w:type="first"/u, 'w:footerReference w:type="default"')
        : undefined,
    );
    expect(codes(withPageCount(everyPage, 2))).toEqual(["nd30.contact.first-page"]);
    // A one-page letter shows its only footer on page 1 alone.
    expect(codes(withPageCount(everyPage, 1))).toEqual([]);
  });

  it("wants it in 11 to 12 pt (nd30.contact.size) and upright (nd30.contact.style)", () => {
    expect(codes(editFooters(letter, (xml) => xml.replaceAll('w:val="22"', 'w:val="26"')))).toEqual([
      "nd30.contact.size",
    ]);
    expect(codes(editFooters(letter, (xml) => xml.replaceAll('w:val="22"', 'w:val="24"')))).toEqual([]);
    expect(codes(editFooters(letter, (xml) => xml.replaceAll("<w:rPr>", "<w:rPr><w:i/>")))).toEqual([
      "nd30.contact.style",
    ]);
  });

  it("is not fooled by an appendix's first page, which shows an empty footer", async () => {
    const decision = await renderCommitteeDecision({ ...structuredClone(sampleCommitteeDecision2020), contact });
    expect(codes(decision)).toEqual([]);
    // Without the empty footer, Word shows page 1's line on each appendix's first page too.
    const inherited = editParts(decision, (name, xml) => {
      if (name !== "word/document.xml") return undefined;
      let seen = 0;
      return xml.replace(/<w:footerReference w:type="first" r:id="\w+"\/>/gu, (reference) =>
        seen++ === 0 ? reference : "",
      );
    });
    expect(codes(inherited)).toEqual(["nd30.contact.first-page"]);
  });
});
