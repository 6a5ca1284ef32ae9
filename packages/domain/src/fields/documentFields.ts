import * as z from "zod/mini";
import { copyKinds, documentTypes } from "../data/documentTypes.ts";
import { signingAuthorityChains, signingAuthorityKinds } from "../data/signingAuthorityRules.ts";
import { textLimits } from "../data/textLimits.ts";
import { boundedString } from "./boundedString.ts";
import { contactSchema } from "./documentMarks.ts";
import { isoDate } from "./isoDate.ts";
import {
  type SigningAuthorityKind,
  type SigningAuthorityLine,
  signingAuthorityLineSchema,
} from "./SigningAuthorityLine.ts";
import { line, shortText } from "./text.ts";

/** Each kind with its dot, in the same order: `["TM", "Q"]` gives `["TM.", "Q."]`, typed as such. */
const withDots = <Kinds extends readonly string[]>(kinds: Kinds) =>
  kinds.map((kind) => `${kind}.`) as unknown as { readonly [K in keyof Kinds]: `${Kinds[K] & string}.` };

/**
 * Signing authority prefixes of Decree 30 (Phụ lục I, Phần I, mục II.7.b), as the single-prefix signature wrote them.
 * A head signing in person has none.
 *
 * @deprecated Write the chain of authority lines instead: `authority: [{ kind: "KT", title: "GIÁM ĐỐC" }]`
 * (see {@link signingAuthorityLineSchema}); the prefixes stay accepted and are migrated to it.
 * @example
 * ```ts
 * signingAuthorities.includes("KT."); // true
 * ```
 */
export const signingAuthorities = withDots(signingAuthorityKinds);

/** The kind of a prefix: «KT.» is `KT`. */
const legacyKind = (prefix: (typeof signingAuthorities)[number]) => prefix.slice(0, -1) as SigningAuthorityKind;

/** The old single-prefix signature: one prefix and whom it acts for, both or neither. */
const singlePrefixSignature = z
  .strictObject({
    authority: z.optional(z.enum(signingAuthorities)),
    /** Whom the authority acts for, upper case: «BỘ TRƯỞNG», «ỦY BAN NHÂN DÂN». */
    actingFor: z.optional(line),
    title: line,
    name: line,
  })
  .check(
    z.refine((s) => (s.authority === undefined) === (s.actingFor === undefined), {
      message: "signature.authority-pair",
      path: ["actingFor"],
    }),
    z.meta({ dependentRequired: { authority: ["actingFor"], actingFor: ["authority"] } }),
  );

const chainText = (lines: readonly SigningAuthorityLine[]): string => lines.map((l) => l.kind).join(" ");
const legalChains = new Set(signingAuthorityChains.map((chain) => chain.join(" ")));

/** A signature with its chain of authority lines, top line first, then the signer's title and name. */
const chainSignature = z
  .strictObject({
    /** «TM. ỦY BAN NHÂN DÂN», then «KT. CHỦ TỊCH»: the lines above the signer's title; empty or absent for a head. */
    authority: z.optional(z.array(signingAuthorityLineSchema).check(z.maxLength(3))),
    /** The signer's title, upper case: «PHÓ CHỦ TỊCH». */
    title: line,
    name: line,
  })
  .check((context) => {
    const lines = context.value.authority ?? [];
    if (legalChains.has(chainText(lines))) return;
    context.issues.push({
      code: "custom",
      message: "signature.authority-chain",
      path: ["authority"],
      params: { found: lines.map((l) => `${l.kind}.`).join(" / ") },
      input: context.value.authority,
      continue: true,
    });
  });

/**
 * The signature block's data: the chain of authority lines (Decree 30, Phụ lục I, Phần I, mục II.7.b), the signer's
 * title and name. Only the chains of {@link signingAuthorityChains} pass (`signature.authority-chain`). The old
 * single-prefix form `{ authority: "KT.", actingFor: "GIÁM ĐỐC" }` is still accepted (deprecated) and comes out as
 * a chain.
 *
 * @example
 * ```ts
 * signatureSchema.parse({
 *   authority: [{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }, { kind: "KT", title: "CHỦ TỊCH" }],
 *   title: "PHÓ CHỦ TỊCH",
 *   name: "Trần Văn B",
 * });
 * signatureSchema.parse({ authority: "KT.", actingFor: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" });
 * // { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" }
 * ```
 */
export const signatureSchema = z.pipe(
  z.union([chainSignature, singlePrefixSignature]),
  z.transform((signature) => {
    if (typeof signature.authority !== "string") return signature as z.output<typeof chainSignature>;
    const { authority, actingFor = "", title, name } = signature;
    const kind = legacyKind(authority);
    const first: SigningAuthorityLine = kind === "TM" ? { kind, body: actingFor } : { kind, title: actingFor };
    return { authority: [first], title, name };
  }),
);

/**
 * A signature as parsed: `authority` is the chain of lines (absent when the head signs), whatever form came in.
 *
 * @example
 * ```ts
 * const signature: Signature = { authority: [{ kind: "KT", title: "BỘ TRƯỞNG" }], title: "THỨ TRƯỞNG", name: "Lê Văn H" };
 * ```
 */
export type Signature = z.output<typeof signatureSchema>;

/**
 * A signature as written: the chain of lines, or the deprecated single prefix with `actingFor`.
 *
 * @example
 * ```ts
 * const input: SignatureInput = { authority: "KT.", actingFor: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" };
 * ```
 */
export type SignatureInput = z.input<typeof signatureSchema>;

/**
 * The Phụ lục III abbreviations that are not all upper case («CTr», «QyĐ», «TTr», «TrS»): a symbol's first group
 * may be one of them (Decree 30/2020/NĐ-CP, Phụ lục III).
 */
const mixedCaseAbbreviations = [...documentTypes, ...copyKinds]
  .flatMap((type) => (type.abbreviation === undefined ? [] : [type.abbreviation]))
  .filter((abbreviation) => !/^[\p{Lu}\d]+$/u.test(abbreviation));

/**
 * The symbol after the slash of «Số: N/SYMBOL»: upper-case groups joined by «-», «BGDĐT-GDTX», «KH-UBND»; the first
 * group may also be a mixed-case Phụ lục III abbreviation, «TTr-SGDĐT» (Decree 30/2020/NĐ-CP, Phụ lục III).
 *
 * @example
 * ```ts
 * documentSymbol.safeParse("KH-UBND").success; // true
 * documentSymbol.safeParse("TTr-SGDĐT").success; // true
 * documentSymbol.safeParse("kh-ubnd").success; // false: letter.symbol
 * ```
 */
export const documentSymbol = boundedString(textLimits.symbol).check(
  z.regex(new RegExp(`^(?:[\\p{Lu}\\d]+|${mixedCaseAbbreviations.join("|")})(?:-[\\p{Lu}\\d]+)*$`, "u"), {
    message: "letter.symbol",
  }),
);

/**
 * What every administrative document has (Decree 30/2020/NĐ-CP, Điều 8): issuer, number, place and date, signer,
 * recipients; and the optional address line every document may print.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 *
 * const notice = z.strictObject({ ...documentFields, subject: z.string() });
 * const { parentBody, issuer, number, symbol, place, date, signature, copies } = samplePlan2020;
 * const fields = { parentBody, issuer, number, symbol, place, date, signature, copies };
 * notice.safeParse({ ...fields, subject: "Về việc tổ chức Tuần lễ" }).success; // true
 * notice.safeParse({ ...fields, date: "15/09/2020", subject: "Về việc tổ chức Tuần lễ" }).success; // false
 * ```
 */
export const documentFields = {
  /** Cơ quan chủ quản, upper case as printed («UBND TỈNH NAM ĐỊNH»); absent for a ministry. */
  parentBody: z.optional(shortText),
  /** The issuing body, upper case as printed: «BỘ GIÁO DỤC VÀ ĐÀO TẠO». */
  issuer: shortText,
  /** The number; absent while the document is a draft («Số:      /KH-UBND»). */
  number: z.optional(z.int().check(z.positive(), z.maximum(999_999))),
  symbol: documentSymbol,
  place: line,
  date: isoDate,
  signature: signatureSchema,
  /** «Nơi nhận» lines without the leading «- » and the final «;» or «.»: «Như trên», «Lưu: VT, GDTX». */
  copies: z.array(line).check(z.minLength(1)),
  /**
   * The address line at the bottom of page 1 (Phụ lục I, Phần I, mục III.4; ô số 13): address, e-mail, website,
   * phone, fax. Optional, as for every document (see `contactSchema`).
   */
  contact: z.optional(contactSchema),
};

/**
 * The fields every administrative document has, as {@link documentFields} parses them: parent body, issuer, number
 * and symbol, place and date, the signature, the «Nơi nhận» lines and the optional address line.
 *
 * @example
 * ```ts
 * const { parentBody, issuer, number, symbol, place, date, signature, copies } = samplePlan2020;
 * const fields: DocumentFields = { parentBody, issuer, number, symbol, place, date, signature, copies };
 * fields.symbol; // "KH-SGDĐT"
 * ```
 */
export type DocumentFields = z.output<z.ZodMiniObject<typeof documentFields>>;
