import { describe, expect, it } from "vitest";
import { directive2020 } from "../data/directive2020.ts";
import { sampleInvitation2020 } from "../data/sampleInvitation2020.ts";
import { validateInvitation } from "../entities/invitation/validateInvitation.ts";
import { validateOfficialLetter } from "../entities/officialLetter/validateOfficialLetter.ts";
import { toJsonSchema } from "../entities/toJsonSchema.ts";
import { contactSchema } from "./documentMarks.ts";

const messagesOf = (input: unknown) => contactSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe("contactSchema", () => {
  it("accepts an address line as offices print it", () => {
    expect(
      contactSchema.parse({
        address: "35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội",
        email: "bogddt@moet.gov.vn",
        website: "https://moet.gov.vn/van-ban?id=1",
        phone: "024.3869 5144",
        fax: "(024) 38694085",
      }),
    ).toMatchObject({ phone: "024.3869 5144" });
    expect(contactSchema.safeParse({ phone: "+84 24 3869 5144" }).success).toBe(true);
    expect(contactSchema.safeParse({ website: "www.namdinh.gov.vn" }).success).toBe(true);
  });

  it("wants at least one part (contact.empty)", () => {
    expect(messagesOf({})).toEqual(["contact.empty"]);
  });

  it("refuses an e-mail, website, phone or fax it cannot read", () => {
    expect(messagesOf({ email: "vanthu at moet.gov.vn" })).toEqual(["contact.email"]);
    expect(messagesOf({ email: "vanthu@localhost" })).toEqual(["contact.email"]);
    expect(messagesOf({ website: "moet gov vn" })).toEqual(["contact.website"]);
    expect(messagesOf({ website: "ftp://moet.gov.vn" })).toEqual(["contact.website"]);
    expect(messagesOf({ phone: "024" })).toEqual(["contact.phone"]);
    expect(messagesOf({ fax: "gọi 024 3869 5144" })).toEqual(["contact.phone"]);
    expect(messagesOf({ phone: " 024 3869 5144" })).toEqual(["contact.phone"]);
  });

  it("is published with minProperties 1, so a JSON Schema validator refuses an empty one too", () => {
    const letter = toJsonSchema("official-letter") as { properties: { contact: unknown } };
    expect(JSON.stringify(letter.properties.contact)).toMatch(/"minProperties":1/);
  });

  it("is accepted by every document, with messages in both languages", () => {
    const contact = { address: "Số 1 Giải Phóng, TP Nam Định", email: "sogddt@namdinh.edu.vn" };
    expect(validateInvitation({ ...sampleInvitation2020, contact }).ok).toBe(true);
    expect(validateOfficialLetter({ ...directive2020.letter, contact }).ok).toBe(true);
    const refused = validateOfficialLetter({ ...directive2020.letter, contact: { email: "x" } }, { lang: "en" });
    expect(refused.issues).toMatchObject([
      { code: "contact.email", path: ["contact", "email"], message: expect.stringContaining("e-mail") },
    ]);
  });
});
