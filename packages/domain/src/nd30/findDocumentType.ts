import { foldVietnamese, lowerVietnamese } from "../admin/foldVietnamese.ts";
import { documentTypes } from "../data/documentTypes.ts";
import type { DocumentType } from "./DocumentType.ts";

const individual = / (?:cá biệt|ca biet)$/u;

const unique = (found: readonly DocumentType[]): DocumentType | undefined =>
  found.length === 1 ? found[0] : undefined;

/**
 * Finds one of the 29 document types of Decree 30/2020/NĐ-CP by its abbreviation (Phụ lục III: «KH», «QĐ», «TTr»)
 * or its name, with or without diacritics, in any case («Kế hoạch», «KẾ HOẠCH», «ke hoach», «Quyết định cá biệt»).
 * An abbreviation written exactly wins over a looser match («HD» is Hướng dẫn, «HĐ» Hợp đồng);
 * `undefined` when nothing or more than one type matches. Never throws.
 *
 * @example
 * ```ts
 * findDocumentType("KH")?.name;          // "Kế hoạch"
 * findDocumentType("to trinh")?.abbreviation; // "TTr"
 * findDocumentType("Công văn")?.abbreviation; // undefined: a công văn has none
 * ```
 */
export const findDocumentType = (abbreviationOrName: string): DocumentType | undefined => {
  if (typeof abbreviationOrName !== "string") return undefined;
  const query = abbreviationOrName.normalize("NFC").trim();
  if (query.length === 0) return undefined;
  const exact = documentTypes.filter((type) => type.abbreviation === query);
  if (exact.length > 0) return unique(exact);
  const lower = lowerVietnamese(query);
  const byAbbreviation = documentTypes.filter((type) => type.abbreviation?.toLowerCase() === lower);
  if (byAbbreviation.length > 0) return unique(byAbbreviation);
  const name = lower.replace(individual, "");
  const byName = documentTypes.filter((type) => lowerVietnamese(type.name) === name);
  if (byName.length > 0) return unique(byName);
  const folded = foldVietnamese(query);
  const byFoldedName = documentTypes.filter((type) => foldVietnamese(type.name) === folded.replace(individual, ""));
  if (byFoldedName.length > 0) return unique(byFoldedName);
  return unique(
    documentTypes.filter((type) => type.abbreviation !== undefined && foldVietnamese(type.abbreviation) === folded),
  );
};
