import type { LegalBasis, Severity } from "../Issue.ts";
import { nd30Rules } from "./nd30Rules.ts";

const nd30 = (article: string): LegalBasis => ({ document: "Nghị định 30/2020/NĐ-CP", article });
const cv3589: LegalBasis = { document: "Công văn 3589/BGDĐT-GDTX (15/09/2020)" };
const xml: LegalBasis = { document: "Extensible Markup Language (XML) 1.0", article: "§2.2 Characters" };

/** Every rule of @xhht/domain. The id is stable and is also the message key in the locale files. */
export const rules = [
  { id: "schema.invalid-type", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.missing", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.too-small", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.too-big", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.invalid-value", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.invalid-format", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.unknown-key", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.invalid", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "text.xml-illegal", severity: "error", basis: xml, appliesTo: ["*"] },
  { id: "text.blank", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "date.format", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "date.impossible", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "email.format", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "code.format", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "block.id", severity: "error", basis: undefined, appliesTo: ["official-letter", "directive"] },
  {
    id: "block.heading-label",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.6"),
    appliesTo: ["official-letter", "directive"],
  },
  {
    id: "block.point-label",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.6"),
    appliesTo: ["official-letter", "directive"],
  },
  {
    id: "letter.symbol",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.3"),
    appliesTo: ["official-letter"],
  },
  { id: "signature.authority-pair", severity: "error", basis: nd30("Điều 13"), appliesTo: ["official-letter"] },
  { id: "directive.duplicate-block-id", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "directive.activity-unknown", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "directive.source-missing", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "directive.week-length", severity: "warning", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.week-year", severity: "error", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.opening-outside-week", severity: "error", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.deadline-before-week-end", severity: "error", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.letter-after-week", severity: "warning", basis: cv3589, appliesTo: ["directive"] },
  ...nd30Rules,
] as const satisfies readonly {
  id: string;
  severity: Severity;
  basis: LegalBasis | undefined;
  appliesTo: readonly string[];
}[];

export type RuleId = (typeof rules)[number]["id"];
