import { sampleCommitteeDecision2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { renderCommitteeDecision } from "../documents/renderCommitteeDecision.ts";
import { readDocxText } from "../docx/readDocxText.ts";
import { lintDocx } from "./lintDocx.ts";
import { editParts, handTypedLetter } from "./testing/handTypedLetter.ts";

const codes = (bytes: Uint8Array) => lintDocx(bytes).issues.map((issue) => issue.code);
const signedAt = "2020-09-18T15:04:05+07:00";
const editBody = (docx: Uint8Array, edit: (xml: string) => string) =>
  editParts(docx, (name, xml) => (name === "word/document.xml" ? edit(xml) : undefined));

describe("lintDocx on a digital signature's information line (Phụ lục I, Phần I, mục II.8.b)", () => {
  let signed: Uint8Array;
  beforeAll(async () => {
    signed = await renderCommitteeDecision(sampleCommitteeDecision2020, { electronicSignature: { signedAt } });
  });

  it("finds nothing wrong in the line the templates print", () => {
    expect(codes(signed)).toEqual([]);
  });

  it("wants it at the top right (nd30.digital-signature.info-position)", () => {
    const left = editBody(signed, (xml) => xml.replaceAll('<w:jc w:val="right"/>', '<w:jc w:val="left"/>'));
    expect(codes(left)).toContain("nd30.digital-signature.info-position");
  });

  it("wants it in 10 pt (nd30.digital-signature.info-size)", () => {
    const larger = editBody(signed, (xml) => xml.replaceAll('<w:sz w:val="20"/>', '<w:sz w:val="24"/>'));
    expect(codes(larger)).toContain("nd30.digital-signature.info-size");
    expect(codes(larger)).not.toContain("nd30.body.size");
  });

  it("wants the signing time at Vietnam's offset (nd30.digital-signature.info-time-zone)", () => {
    const utc = editBody(signed, (xml) => xml.replaceAll(signedAt, "2020-09-18T08:04:05Z"));
    expect(codes(utc)).toEqual(expect.arrayContaining(["nd30.digital-signature.info-time-zone"]));
    expect(new Set(codes(utc))).toEqual(new Set(["nd30.digital-signature.info-time-zone"]));
    const none = editBody(signed, (xml) => xml.replaceAll(signedAt, "2020-09-18T15:04:05"));
    expect(new Set(codes(none))).toEqual(new Set(["nd30.digital-signature.info-time-zone"]));
  });

  it("does not read a date and time further down a section as the line", () => {
    let edited = false;
    const inBody = editBody(signed, (xml) =>
      xml.replace(/(<w:t[^>]*>)(Điều 1\.)/u, (_, open: string, text: string) => {
        edited = true;
        return `${open}${text} 2020-09-18T08:04:05Z `;
      }),
    );
    expect(edited).toBe(true);
    expect(codes(inBody)).toEqual([]);
  });

  it("still recognises an appendix issued in a file of its own, the line above its «Phụ lục» heading", async () => {
    const line =
      '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t>125/UBND-VX</w:t></w:r>' +
      `<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:br/><w:t>${signedAt}</w:t></w:r></w:p>`;
    // Its «(Kèm theo …)» line left out: the «Phụ lục» heading alone says what it is.
    const appendix = editBody(await handTypedLetter({ kind: "appendix" }), (xml) =>
      xml.replace("<w:body>", `<w:body>${line}`).replace(/<w:p>(?:(?!<w:p>).)*?\(Kèm theo(?:(?!<w:p>).)*?<\/w:p>/u, ""),
    );
    expect(readDocxText(appendix).some((text) => text.includes("Kèm theo"))).toBe(false);
    const result = lintDocx(appendix);
    expect(result.kind).toBe("appendix");
    expect(result.issues).toEqual([]);
  });
});
