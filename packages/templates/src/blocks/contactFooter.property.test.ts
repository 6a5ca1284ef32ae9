import { type Contact, contactSchema, directive2020, sampleCommitteeDecision2020 } from "@xhht/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderCommitteeDecision } from "../documents/renderCommitteeDecision.ts";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { readDocxText } from "../docx/readDocxText.ts";
import { lintDocx } from "../lint/lintDocx.ts";

const words = fc.constantFrom("Số", "1", "Giải Phóng", "phường", "Trần Hưng Đạo", "Nam Định", "Hà Nội", "ngõ 35/2");
const contactArbitrary: fc.Arbitrary<Contact> = fc
  .record(
    {
      address: fc.array(words, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(", ")),
      email: fc.constantFrom("vanthu@moet.gov.vn", "so.gddt@namdinh.edu.vn", "a_b+c@x-y.vn"),
      website: fc.constantFrom("moet.gov.vn", "https://namdinh.edu.vn/so-gddt", "http://www.x.vn?a=1#b"),
      phone: fc.constantFrom("024.3869 5144", "(0228) 3849123", "+84 24 3869 5144", "0912345678"),
      fax: fc.constantFrom("024.3869 4085", "0228-3849-124"),
    },
    { requiredKeys: [] },
  )
  .filter((contact) => contactSchema.safeParse(contact).success);
const signedAt = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

describe("the address line and the digital signature's line, whatever they hold", () => {
  it("lint clean in a letter and in a decision with appendices, and leave the body's text as it was", async () => {
    const plainLetter = readDocxText(await renderOfficialLetter(directive2020.letter));
    await fc.assert(
      fc.asyncProperty(contactArbitrary, signedAt, async (contact, at) => {
        const letter = await renderOfficialLetter({ ...directive2020.letter, contact });
        expect(lintDocx(letter).issues).toEqual([]);
        expect(readDocxText(letter)).toEqual(plainLetter);
        const decision = await renderCommitteeDecision(
          { ...structuredClone(sampleCommitteeDecision2020), contact },
          { electronicSignature: { signedAt: at } },
        );
        expect(lintDocx(decision).issues).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
