import { z } from "zod";
import { boundedString } from "./boundedString.ts";
import { textLimits } from "./data/textLimits.ts";
import { isoDate } from "./isoDate.ts";
import { line, shortText } from "./text.ts";

/** Signing authority prefixes of Decree 30, Điều 13. A head signing in person has none. */
export const signingAuthorities = ["TM.", "Q.", "KT.", "TL.", "TUQ."] as const;

export const signatureSchema = z
  .strictObject({
    authority: z.enum(signingAuthorities).optional(),
    /** Whom the authority acts for, upper case: «BỘ TRƯỞNG», «ỦY BAN NHÂN DÂN». */
    actingFor: line.optional(),
    /** The signer's title, upper case: «THỨ TRƯỞNG». */
    title: line,
    name: line,
  })
  .refine((s) => (s.authority === undefined) === (s.actingFor === undefined), {
    message: "signature.authority-pair",
    path: ["actingFor"],
  })
  .meta({ dependentRequired: { authority: ["actingFor"], actingFor: ["authority"] } });

export type Signature = z.infer<typeof signatureSchema>;

/** The symbol after the slash of «Số: N/SYMBOL»: upper-case groups joined by «-», «BGDĐT-GDTX», «KH-UBND». */
export const documentSymbol = boundedString(textLimits.symbol).regex(/^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u, {
  message: "letter.symbol",
});

/** What every administrative document has (Decree 30/2020/NĐ-CP, Điều 8): issuer, number, place and date, signer, recipients. */
export const documentFields = {
  /** Cơ quan chủ quản, upper case as printed («UBND TỈNH NAM ĐỊNH»); absent for a ministry. */
  parentBody: shortText.optional(),
  /** The issuing body, upper case as printed: «BỘ GIÁO DỤC VÀ ĐÀO TẠO». */
  issuer: shortText,
  /** The number; absent while the document is a draft («Số:      /KH-UBND»). */
  number: z.number().int().positive().max(999_999).optional(),
  symbol: documentSymbol,
  place: line,
  date: isoDate,
  signature: signatureSchema,
  /** «Nơi nhận» lines without the leading «- » and the final «;» or «.»: «Như trên», «Lưu: VT, GDTX». */
  copies: z.array(line).min(1),
};
