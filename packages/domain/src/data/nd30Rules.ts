import type { LegalBasis, Severity } from "../rules/Issue.ts";
import type { RuleTarget } from "../rules/RuleTarget.ts";

/**
 * Nghị định 30/2020/NĐ-CP, cited to the point of Phụ lục I, Phần I (thể thức văn bản hành chính), mục II
 * (các thành phần thể thức chính) or of Phụ lục III (chữ viết tắt tên loại văn bản), as published on
 * vanban.chinhphu.vn.
 */
const nd30 = (article: string): LegalBasis => ({ document: "Nghị định 30/2020/NĐ-CP", article });
const number = nd30("Phụ lục I, Phần I, mục II.3");
const dateLine = nd30("Phụ lục I, Phần I, mục II.4");
const recipients = nd30("Phụ lục I, Phần I, mục II.9.d");
const abbreviations = nd30("Điều 7; Phụ lục III, mục I");

/**
 * The text-level rules of Decree 30/2020/NĐ-CP that apply to any document's text (`appliesTo: ["document"]`):
 * the number and symbol line, the place-and-date line, and the «Kính gửi» and «Nơi nhận» lists.
 */
export const nd30Rules = [
  { id: "nd30.number.format", severity: "error", basis: number, appliesTo: ["document"] },
  { id: "nd30.number.colon", severity: "error", basis: number, appliesTo: ["document"] },
  { id: "nd30.number.leading-zero", severity: "error", basis: number, appliesTo: ["document"] },
  { id: "nd30.number.spacing", severity: "error", basis: number, appliesTo: ["document"] },
  { id: "nd30.number.symbol-parts", severity: "error", basis: number, appliesTo: ["document"] },
  { id: "nd30.number.unknown-type", severity: "error", basis: abbreviations, appliesTo: ["document"] },
  { id: "nd30.number.type-mismatch", severity: "error", basis: abbreviations, appliesTo: ["document"] },
  { id: "nd30.date-line.format", severity: "error", basis: dateLine, appliesTo: ["document"] },
  { id: "nd30.date-line.comma", severity: "error", basis: dateLine, appliesTo: ["document"] },
  { id: "nd30.date-line.place-case", severity: "error", basis: dateLine, appliesTo: ["document"] },
  { id: "nd30.date-line.impossible", severity: "error", basis: dateLine, appliesTo: ["document"] },
  { id: "nd30.date-line.leading-zero", severity: "error", basis: dateLine, appliesTo: ["document"] },
  { id: "nd30.recipients.empty", severity: "error", basis: recipients, appliesTo: ["document"] },
  { id: "nd30.recipients.dash", severity: "error", basis: recipients, appliesTo: ["document"] },
  { id: "nd30.recipients.punctuation", severity: "error", basis: recipients, appliesTo: ["document"] },
  { id: "nd30.noi-nhan.nhu-tren", severity: "error", basis: recipients, appliesTo: ["document"] },
  { id: "nd30.noi-nhan.luu-last", severity: "error", basis: recipients, appliesTo: ["document"] },
  { id: "nd30.noi-nhan.luu-format", severity: "error", basis: recipients, appliesTo: ["document"] },
] as const satisfies readonly {
  id: string;
  severity: Severity;
  basis: LegalBasis | undefined;
  appliesTo: readonly RuleTarget[];
}[];
