import { z } from "zod";
import { isoDate } from "./isoDate.ts";
import { text } from "./text.ts";

const blockId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { message: "block.id" });

/** Point labels of Decree 30 (Phụ lục I): the Vietnamese alphabet without f, j, w, z, followed by «)». */
export const pointLabel = z.string().regex(/^(?:[a-eg-ik-vxy]|đ)\)$/u, { message: "block.point-label" });

/** One paragraph of a document's body. Labels are written as text, as Decree 30 requires («1.», «a)», «-»). */
export const letterBlockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), id: blockId.optional(), text }),
  z.object({
    type: z.literal("heading"),
    id: blockId.optional(),
    label: z.string().regex(/^\d+\.$/, { message: "block.heading-label" }),
    text,
  }),
  z.object({ type: z.literal("point"), id: blockId.optional(), label: pointLabel, text }),
  z.object({ type: z.literal("bullet"), id: blockId.optional(), text }),
]);

/** Signing authority prefixes of Decree 30, Điều 13. A head signing in person has none. */
export const signingAuthorities = ["TM.", "Q.", "KT.", "TL.", "TUQ."] as const;

export const signatureSchema = z
  .object({
    authority: z.enum(signingAuthorities).optional(),
    /** Whom the authority acts for, upper case: «BỘ TRƯỞNG», «ỦY BAN NHÂN DÂN». */
    actingFor: text.optional(),
    /** The signer's title, upper case: «THỨ TRƯỞNG». */
    title: text,
    name: text,
  })
  .refine((s) => (s.authority === undefined) === (s.actingFor === undefined), {
    message: "signature.authority-pair",
    path: ["actingFor"],
  });

/**
 * A công văn (official letter) as Decree 30/2020/NĐ-CP lays it out: header, «Kính gửi», body, signature and «Nơi nhận».
 *
 * @example
 * ```ts
 * const letter = officialLetterSchema.parse(directive2020.letter);
 * ```
 */
export const officialLetterSchema = z.object({
  schemaVersion: z.literal(1),
  /** Cơ quan chủ quản, upper case as printed («UBND TỈNH NAM ĐỊNH»); absent for a ministry. */
  parentBody: text.optional(),
  /** The issuing body, upper case as printed: «BỘ GIÁO DỤC VÀ ĐÀO TẠO». */
  issuer: text,
  /** The number; absent while the letter is a draft («Số:      /BGDĐT-GDTX»). */
  number: z.number().int().positive().max(999_999).optional(),
  /** The symbol after the slash: for a công văn, the body's abbreviation and the drafting unit, «BGDĐT-GDTX». */
  symbol: z.string().regex(/^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u, { message: "letter.symbol" }),
  place: text,
  date: isoDate,
  /** Trích yếu without its «V/v» prefix: «tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: text,
  recipients: z.array(text).min(1),
  body: z.array(letterBlockSchema).min(1),
  signature: signatureSchema,
  /** «Nơi nhận» lines without the leading «- » and the final «;» or «.»: «Như trên», «Lưu: VT, GDTX». */
  copies: z.array(text).min(1),
});

export type LetterBlock = z.infer<typeof letterBlockSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type OfficialLetter = z.infer<typeof officialLetterSchema>;
export type OfficialLetterInput = z.input<typeof officialLetterSchema>;
