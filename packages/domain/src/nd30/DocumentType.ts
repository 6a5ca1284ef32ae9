import type { copyKinds, documentTypes } from "../data/documentTypes.ts";

/**
 * One of the 29 kinds of administrative document of Decree 30/2020/NĐ-CP, Điều 7.
 *
 * @example
 * ```ts
 * const plan: DocumentType | undefined = findDocumentType("KH");
 * plan; // { code: "ke-hoach", name: "Kế hoạch", abbreviation: "KH" }
 * ```
 */
export type DocumentType = (typeof documentTypes)[number];
/**
 * The stable code of a document type: «ke-hoach», «cong-van», …
 *
 * @example
 * ```ts
 * const code: DocumentTypeCode | undefined = findDocumentType("Tờ trình")?.code;
 * code; // "to-trinh"
 * ```
 */
export type DocumentTypeCode = DocumentType["code"];
/**
 * One of the three kinds of copy of Decree 30/2020/NĐ-CP, Điều 25: sao y, trích sao, sao lục.
 *
 * @example
 * ```ts
 * const copy: CopyKind | undefined = copyKinds.find((kind) => kind.abbreviation === "SY");
 * copy?.name; // "Bản sao y"
 * ```
 */
export type CopyKind = (typeof copyKinds)[number];
/**
 * The stable code of a kind of copy: «sao-y», «trich-sao», «sao-luc».
 *
 * @example
 * ```ts
 * const codes: CopyKindCode[] = copyKinds.map((kind) => kind.code);
 * codes; // ["sao-y", "trich-sao", "sao-luc"]
 * ```
 */
export type CopyKindCode = CopyKind["code"];
