import { documentTypes } from "../data/documentTypes.ts";
import type { IssueRuleId } from "../data/rules.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import type { DocumentTypeCode } from "../nd30/DocumentType.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue } from "./Issue.ts";

/** The abbreviations of Decree 30/2020/NĐ-CP, Phụ lục III: what a typed document's symbol may start with. */
const typeAbbreviations: ReadonlySet<string> = new Set(
  documentTypes.flatMap((type) => (type.abbreviation === undefined ? [] : [type.abbreviation])),
);

/** The rules that check a symbol's first group against the document's type. */
export type SymbolTypeRuleId = Extract<IssueRuleId, `${string}.symbol-type`>;

/**
 * An issue under `ruleId` when the first group of `symbol` (before the first «-») is not what Phụ lục III of Decree
 * 30/2020/NĐ-CP gives the document: for a type with an abbreviation in `documentTypes` that abbreviation (params
 * `{ symbol }`); for a type without one (công văn, thư công) none of the abbreviations; for `"typed"` any of them
 * (params `{ symbol, type }`, `type` the group found). Paths are relative to the entity.
 *
 * @example
 * ```ts
 * const t = createTranslator({ lang: "en" });
 * symbolTypeIssue(t, "KH-UBND", "ke-hoach", "plan.symbol-type"); // undefined
 * symbolTypeIssue(t, "TB-UBND", "ke-hoach", "plan.symbol-type")?.params; // { symbol: "TB-UBND" }
 * symbolTypeIssue(t, "KH-BGDĐT", "cong-van", "letter.symbol-type")?.params; // { symbol: "KH-BGDĐT", type: "KH" }
 * ```
 */
export const symbolTypeIssue = (
  t: Translate,
  symbol: string,
  expectedType: DocumentTypeCode | "typed",
  ruleId: SymbolTypeRuleId,
): Issue | undefined => {
  const first = symbol.split("-")[0] ?? "";
  if (expectedType === "typed") {
    return typeAbbreviations.has(first) ? undefined : createIssue(t, ruleId, ["symbol"], { symbol, type: first });
  }
  const abbreviation = documentTypes.find((type) => type.code === expectedType)?.abbreviation;
  if (abbreviation === undefined) {
    return typeAbbreviations.has(first) ? createIssue(t, ruleId, ["symbol"], { symbol, type: first }) : undefined;
  }
  return first === abbreviation ? undefined : createIssue(t, ruleId, ["symbol"], { symbol });
};
