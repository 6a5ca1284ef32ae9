import * as z from "zod/mini";
import { textLimits } from "../../data/textLimits.ts";
import { boundedString } from "../../fields/boundedString.ts";
import { documentFields } from "../../fields/documentFields.ts";
import { line, subjectText, text } from "../../fields/text.ts";

const blockId = boundedString(textLimits.code).check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { message: "block.id" }));

/**
 * Point labels of Decree 30 (Phụ lục I): the Vietnamese alphabet without f, j, w, z, followed by «)».
 *
 * @example
 * ```ts
 * pointLabel.safeParse("đ)").success; // true
 * pointLabel.safeParse("f)").success; // false: no «f» in the Vietnamese alphabet
 * ```
 */
export const pointLabel = z.string().check(z.regex(/^(?:[a-eg-ik-vxy]|đ)\)$/u, { message: "block.point-label" }));

/**
 * One paragraph of a document's body. Labels are written as text, as Decree 30 requires («1.», «a)», «-»).
 *
 * @example
 * ```ts
 * letterBlockSchema.safeParse({ type: "heading", label: "1.", text: "Mục đích, yêu cầu" }).success; // true
 * letterBlockSchema.safeParse({ type: "point", label: "a.", text: "Truyền thông" }).success; // false: a point is «a)»
 * ```
 */
export const letterBlockSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("paragraph"), id: z.optional(blockId), text }),
  z.strictObject({
    type: z.literal("heading"),
    id: z.optional(blockId),
    label: boundedString(textLimits.label).check(z.regex(/^\d+\.$/, { message: "block.heading-label" })),
    text,
  }),
  z.strictObject({ type: z.literal("point"), id: z.optional(blockId), label: pointLabel, text }),
  z.strictObject({ type: z.literal("bullet"), id: z.optional(blockId), text }),
]);

/**
 * A công văn (official letter) as Decree 30/2020/NĐ-CP lays it out: header, «Kính gửi», body, signature and «Nơi nhận».
 *
 * @example
 * ```ts
 * const letter = officialLetterSchema.parse(directive2020.letter);
 * ```
 */
export const officialLetterSchema = z.strictObject({
  schemaVersion: z.literal(1),
  ...documentFields,
  /** Trích yếu without its «V/v» prefix: «tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: subjectText,
  recipients: z.array(line).check(z.minLength(1)),
  body: z.array(letterBlockSchema).check(z.minLength(1)),
});

/**
 * One paragraph of a document's body, as {@link letterBlockSchema} parses it.
 *
 * @example
 * ```ts
 * const block: LetterBlock = { type: "point", label: "a)", text: "Tổ chức các hoạt động truyền thông." };
 * const headings = directive2020.letter.body.filter((entry: LetterBlock) => entry.type === "heading");
 * headings.length > 0; // true
 * ```
 */
export type LetterBlock = z.infer<typeof letterBlockSchema>;
/**
 * An official letter, as {@link officialLetterSchema} parses it.
 *
 * @example
 * ```ts
 * const letter: OfficialLetter = directive2020.letter;
 * letter.symbol; // "BGDĐT-GDTX"
 * letter.number; // 3589
 * ```
 */
export type OfficialLetter = z.infer<typeof officialLetterSchema>;
/**
 * An official letter as written, before {@link officialLetterSchema} checks it.
 *
 * @example
 * ```ts
 * const draft: OfficialLetterInput = { ...directive2020.letter, number: undefined };
 * validateOfficialLetter(draft).ok; // true
 * ```
 */
export type OfficialLetterInput = z.input<typeof officialLetterSchema>;
