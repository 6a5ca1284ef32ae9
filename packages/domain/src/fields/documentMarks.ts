import * as z from "zod/mini";
import { textLimits } from "../data/textLimits.ts";
import { boundedString } from "./boundedString.ts";
import { line } from "./text.ts";

/**
 * Urgency levels of Decree 30 (Phụ lục I, Phần I, mục III.2.b), as stamped: bold, boxed, bright red.
 *
 * @example
 * ```ts
 * urgencyLevels; // ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]
 * validateInvitation({ ...sampleInvitation2020, urgency: "KHẨN" }).ok; // true
 * ```
 */
export const urgencyLevels = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"] as const;

/**
 * Circulation scopes of Decree 30 (Phụ lục I, Phần I, mục III.2.c), as printed in a box.
 *
 * @example
 * ```ts
 * circulationScopes.includes("LƯU HÀNH NỘI BỘ"); // true
 * validateInvitation({ ...sampleInvitation2020, circulation: "MẬT" }).ok; // false
 * ```
 */
export const circulationScopes = ["LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI"] as const;

/**
 * The drafter's initials and the number of copies issued (Phụ lục I, Phần I, mục III.3), printed «PL.(300)» under
 * the «Nơi nhận» list.
 *
 * @example
 * ```ts
 * drafterSchema.safeParse({ initials: "PL", copies: 300 }).success; // true
 * drafterSchema.safeParse({ initials: "pl", copies: 300 }).success; // false: drafter.initials
 * ```
 */
export const drafterSchema = z.strictObject({
  /** Upper-case initials of the drafter: «PL». */
  initials: z.string().check(z.regex(/^\p{Lu}{1,10}$/u, { message: "drafter.initials" })),
  copies: z.int().check(z.positive(), z.maximum(99_999)),
});

/**
 * A telephone or fax number as offices print it: an optional «+», an optional «(», then 8 to 15 digits, each pair of
 * digits separated by at most two of space, «.», «-», «(» and «)»: «024.3869 5144», «(024) 38695144», «+84 24 3869
 * 5144». Kept simple on purpose: it refuses letters and stray punctuation, not numbers no operator assigned.
 */
const phonePattern = /^\+?\(?[0-9](?:[ .()-]{0,2}[0-9]){7,14}$/u;
/**
 * An e-mail address, simply: ASCII letters, digits and «._%+-» before the «@», a host of dot-separated labels after
 * it, with at least one dot: «vanthu@moet.gov.vn». No quoted local parts, no IP hosts, no internationalised names.
 */
const emailPattern = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/u;
/**
 * A website as printed: an optional «http://» or «https://», a host of at least two dot-separated ASCII labels, then
 * an optional path, query or fragment without spaces: «moet.gov.vn», «https://www.namdinh.gov.vn/so-gddt».
 * A Vietnamese (internationalised) host name is written in its ASCII «xn--» form.
 */
const websitePattern = /^(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][^\s]*)?$/u;

const contactKeys = ["address", "email", "website", "phone", "fax"] as const;

/**
 * The address line of a document (Decree 30/2020/NĐ-CP, Điều 8, khoản 2; Phụ lục I, Phần I, mục III.4, ô số 13):
 * «Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax», printed at the bottom of
 * page 1 under a full-width line. Every part is optional, but at least one must be given (`contact.empty`); the
 * e-mail, website, phone and fax are checked with simple patterns (`contact.email`, `contact.website`,
 * `contact.phone`), not against any registry. They are not trimmed: a space at either end is refused.
 *
 * @example
 * ```ts
 * contactSchema.parse({ address: "35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội", email: "bo@moet.gov.vn", phone: "024.3869 5144" });
 * contactSchema.safeParse({}).success; // false: contact.empty
 * ```
 */
export const contactSchema = z
  .strictObject({
    /** The postal address: «35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội». */
    address: z.optional(line),
    email: z.optional(boundedString(textLimits.code * 4).check(z.regex(emailPattern, { message: "contact.email" }))),
    website: z.optional(
      boundedString(textLimits.code * 4).check(z.regex(websitePattern, { message: "contact.website" })),
    ),
    phone: z.optional(boundedString(40).check(z.regex(phonePattern, { message: "contact.phone" }))),
    fax: z.optional(boundedString(40).check(z.regex(phonePattern, { message: "contact.phone" }))),
  })
  .check(
    z.refine((contact) => contactKeys.some((key) => contact[key] !== undefined), { message: "contact.empty" }),
    z.meta({ minProperties: 1 }),
  );

/**
 * The optional marks of a document (Decree 30/2020/NĐ-CP, Điều 8, khoản 2): urgency, circulation scope, the
 * drafter's initials and copies, the address line. Spread into an entity's schema beside `documentFields` (which
 * carries `contact` too, so that every document has it).
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 *
 * const schema = z.strictObject({ ...documentFields, ...documentMarks });
 * ```
 */
export const documentMarks = {
  urgency: z.optional(z.enum(urgencyLevels)),
  circulation: z.optional(z.enum(circulationScopes)),
  drafter: z.optional(drafterSchema),
  /** The address line at the bottom of page 1 (ô số 13). */
  contact: z.optional(contactSchema),
};

/**
 * One of {@link urgencyLevels}.
 *
 * @example
 * ```ts
 * const urgency: UrgencyLevel = "HỎA TỐC";
 * ```
 */
export type UrgencyLevel = (typeof urgencyLevels)[number];
/**
 * One of {@link circulationScopes}.
 *
 * @example
 * ```ts
 * const circulation: CirculationScope = "XEM XONG TRẢ LẠI";
 * ```
 */
export type CirculationScope = (typeof circulationScopes)[number];
/**
 * The drafter's initials and the number of copies, as {@link drafterSchema} parses them.
 *
 * @example
 * ```ts
 * const drafter: Drafter | undefined = sampleCommitteeDecision2020.drafter;
 * drafter; // { initials: "VP", copies: 15 }
 * ```
 */
export type Drafter = z.infer<typeof drafterSchema>;

/**
 * The address line of a document: address, e-mail, website, phone, fax; at least one.
 *
 * @example
 * ```ts
 * const contact: Contact = { address: "35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội", website: "moet.gov.vn" };
 * ```
 */
export type Contact = z.infer<typeof contactSchema>;

/**
 * The optional marks of a document, as {@link documentMarks} parses them: urgency, circulation scope, the drafter's
 * initials and copies, the address line.
 *
 * @example
 * ```ts
 * const marks: DocumentMarks = { urgency: "KHẨN", drafter: sampleCommitteeDecision2020.drafter };
 * marks.drafter; // { initials: "VP", copies: 15 }
 * ```
 */
export type DocumentMarks = z.output<z.ZodMiniObject<typeof documentMarks>>;
