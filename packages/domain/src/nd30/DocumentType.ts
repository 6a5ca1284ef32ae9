import type { copyKinds, documentTypes } from "../data/documentTypes.ts";

/** One of the 29 kinds of administrative document of Decree 30/2020/NĐ-CP, Điều 7. */
export type DocumentType = (typeof documentTypes)[number];
/** The stable code of a document type: «ke-hoach», «cong-van», … */
export type DocumentTypeCode = DocumentType["code"];
/** One of the three kinds of copy of Decree 30/2020/NĐ-CP, Điều 25: sao y, trích sao, sao lục. */
export type CopyKind = (typeof copyKinds)[number];
/** The stable code of a kind of copy: «sao-y», «trich-sao», «sao-luc». */
export type CopyKindCode = CopyKind["code"];
