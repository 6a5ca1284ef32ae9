import * as z from "zod/mini";
import { signingAuthorityKinds } from "../data/signingAuthorityRules.ts";
import { line } from "./text.ts";

/** The kinds themselves are data, in `data/signingAuthorityRules.ts`; exported here beside their type. */
export { signingAuthorityKinds };

/**
 * A kind of signing authority: «TM», «Q», «KT», «TL» or «TUQ».
 *
 * @example
 * ```ts
 * const kind: SigningAuthorityKind = "TM";
 * ```
 */
export type SigningAuthorityKind = (typeof signingAuthorityKinds)[number];

/**
 * One authority line of a signature block, printed upper case and bold: «TM.» before the collective's name
 * («TM. ỦY BAN NHÂN DÂN»), the other kinds before the head's title («KT. CHỦ TỊCH», «TL. BỘ TRƯỞNG»).
 *
 * @example
 * ```ts
 * signingAuthorityLineSchema.parse({ kind: "TM", body: "ỦY BAN NHÂN DÂN" });
 * signingAuthorityLineSchema.parse({ kind: "KT", title: "CHỦ TỊCH" });
 * ```
 */
export const signingAuthorityLineSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("TM"),
    /** The collective leadership or the body, upper case: «ỦY BAN NHÂN DÂN». */
    body: line,
  }),
  z.strictObject({
    kind: z.enum(signingAuthorityKinds.filter((kind): kind is Exclude<SigningAuthorityKind, "TM"> => kind !== "TM")),
    /** The head's title, upper case: «CHỦ TỊCH», «GIÁM ĐỐC», «BỘ TRƯỞNG». */
    title: line,
  }),
]);

/**
 * One authority line: `{ kind: "TM", body }` or `{ kind: "KT" | "Q" | "TL" | "TUQ", title }`.
 *
 * @example
 * ```ts
 * const line: SigningAuthorityLine = { kind: "TL", title: "BỘ TRƯỞNG" }; // «TL. BỘ TRƯỞNG»
 * ```
 */
export type SigningAuthorityLine = z.infer<typeof signingAuthorityLineSchema>;
