import {
  type CommitteeDecision,
  directive2020,
  sampleCommitteeDecision2020,
  sampleForwardingRequest2020,
  sampleInvitation2020,
} from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { validateDocxes } from "../../../../test/ooxml/validateDocx.ts";
import { renderCommitteeDecision } from "../documents/renderCommitteeDecision.ts";
import { renderForwardingLetter } from "../documents/renderForwardingLetter.ts";
import { renderInvitation } from "../documents/renderInvitation.ts";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { attrOf, effectiveSizeOf, paragraphsOf, unzipParts } from "../testing/docxXml.ts";
import { contactLine } from "./contactFooter.ts";

const contact = {
  address: "Số 1 Giải Phóng, thành phố Nam Định",
  email: "vanthu@namdinh.edu.vn",
  website: "namdinh.edu.vn",
  phone: "0228.3849 123",
  fax: "0228.3849 124",
} as const;

/** Each section's footer references as `type=target`, section by section. */
const footerReferences = (parts: Record<string, string>): string[][] => {
  const rels = parts["word/_rels/document.xml.rels"] ?? "";
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, "u").exec(rels)?.[1];
  return (parts["word/document.xml"]?.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/gu) ?? []).map((sectPr) =>
    [...sectPr.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/gu)].map(
      ([, type, id]) => `${type}=${target(id ?? "")}`,
    ),
  );
};

describe("the address line (contact)", () => {
  it("prints the parts in the decree's order: address; e-mail; website; phone; fax", () => {
    expect(contactLine(contact)).toBe(
      "Địa chỉ: Số 1 Giải Phóng, thành phố Nam Định; Email: vanthu@namdinh.edu.vn; Website: namdinh.edu.vn; Điện thoại: 0228.3849 123; Fax: 0228.3849 124",
    );
    expect(contactLine({ phone: "024.3869 5144" })).toBe("Điện thoại: 024.3869 5144");
  });

  it("goes in page 1's footer only: 11 pt, upright, centred, under a full-width solid line", async () => {
    const bytes = await renderInvitation({ ...sampleInvitation2020, contact });
    const parts = unzipParts(bytes);
    const [first] = footerReferences(parts);
    expect(first).toEqual([expect.stringMatching(/^first=footer\d+\.xml$/u)]);
    const footer = parts[`word/${first?.[0]?.slice("first=".length)}`] ?? "";
    const [paragraph] = paragraphsOf(footer);
    expect(paragraph?.text).toBe(contactLine(contact));
    expect(attrOf(paragraph?.xml ?? "", "w:jc", "w:val")).toBe("center");
    expect(paragraph?.xml).toMatch(/<w:pBdr><w:top w:val="single"/u);
    expect(paragraph?.xml).not.toMatch(/<w:ind /u);
    expect(paragraph?.xml).not.toMatch(/<w:i\/>/u);
    expect(effectiveSizeOf(paragraph?.xml ?? "")).toBe(22);
    expect(lintDocx(bytes).issues).toEqual([]);
  });

  it("gives every later section with a first page of its own (an appendix) an empty first footer", async () => {
    const decision: CommitteeDecision = { ...structuredClone(sampleCommitteeDecision2020), contact };
    const parts = unzipParts(await renderCommitteeDecision(decision));
    const sections = footerReferences(parts);
    expect(sections.length).toBeGreaterThan(1);
    for (const later of sections.slice(1)) {
      expect(later).toHaveLength(1);
      const footer = parts[`word/${later[0]?.slice("first=".length)}`] ?? "";
      expect(paragraphsOf(footer).map((p) => p.text)).toEqual([""]);
    }
    expect(lintDocx(await renderCommitteeDecision(decision)).issues).toEqual([]);
  });

  it("is printed on an official letter too, and documents without one have no footer at all", async () => {
    const withLine = unzipParts(await renderOfficialLetter({ ...directive2020.letter, contact }));
    expect(footerReferences(withLine)).toEqual([[expect.stringMatching(/^first=/u)]]);
    const forwarded = unzipParts(
      await renderForwardingLetter({ ...sampleForwardingRequest2020, contact }, { directive: directive2020 }),
    );
    expect(footerReferences(forwarded)).toEqual([[expect.stringMatching(/^first=/u)]]);
    const without = unzipParts(await renderOfficialLetter(directive2020.letter));
    expect(footerReferences(without)).toEqual([[]]);
    expect(Object.keys(without).some((name) => /footer/u.test(name))).toBe(false);
  });

  it("passes the OOXML schemas, footers included, with the address line and a digital signature's line", async () => {
    const documents = [
      await renderOfficialLetter({ ...directive2020.letter, contact }),
      await renderCommitteeDecision(
        { ...structuredClone(sampleCommitteeDecision2020), contact },
        { electronicSignature: { signedAt: "2020-09-18T15:04:05+07:00" } },
      ),
    ];
    for (const result of await validateDocxes(documents)) {
      expect(result.problems).toEqual([]);
      expect(result.schemaValidated.some((part) => /footer/u.test(part))).toBe(true);
    }
  }, 60_000);
});
