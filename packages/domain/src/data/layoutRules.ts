import type { LegalBasis, Severity } from "../rules/Issue.ts";
import type { RuleTarget } from "../rules/RuleTarget.ts";

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I: mục I (khổ giấy, định lề trang, số trang), mục II (các thành phần thể
 * thức chính), mục III (các thành phần thể thức khác) and mục IV (sơ đồ bố trí), or Phụ lục III (mẫu trình bày), as
 * the layout profile of @xhht/templates cites them.
 */
const nd30 = (article: string): LegalBasis => ({ document: "Nghị định 30/2020/NĐ-CP", article });
const margins = nd30("Phụ lục I, Phần I, mục I (định lề trang)");
const pageNumber = nd30("Phụ lục I, Phần I, mục I (số trang văn bản)");
const nationalTitle = nd30("Phụ lục I, Phần I, mục II.1");
const issuer = nd30("Phụ lục I, Phần I, mục II.2");
const number = nd30("Phụ lục I, Phần I, mục II.3");
const dateLine = nd30("Phụ lục I, Phần I, mục II.4");
const title = nd30("Phụ lục I, Phần I, mục II.5");
const content = nd30("Phụ lục I, Phần I, mục II.6");
const signer = nd30("Phụ lục I, Phần I, mục II.7");
const copies = nd30("Phụ lục I, Phần I, mục II.9");
const recipients = nd30("Phụ lục I, Phần I, mục II.9.d");
const appendix = nd30("Phụ lục I, Phần I, mục III.1");
const stamp = nd30("Phụ lục I, Phần I, mục III.2");
const drafter = nd30("Phụ lục I, Phần I, mục III.3");
const contact = nd30("Phụ lục I, Phần I, mục III.4");
const decisionModel = nd30("Phụ lục III (mẫu quyết định)");
/** A value the decree has no words for (a table's borders, a cell's margins, the «DỰ THẢO» mark): the SDK's choice. */
const sdkChoice = undefined;

/**
 * The layout values the templates of @xhht/templates lay a document out with (`nd30Profile`, `appliesTo:
 * ["layout"]`) that `lintDocx` does not check: no issue carries these ids, so they are `info` and have no message.
 * The profile's values the linter does check (margins, the body's size, the «Nơi nhận» sizes …) are rules of
 * `docxRules`, under the same id.
 *
 * @example
 * ```ts
 * layoutRules.find((rule) => rule.id === "nd30.body.first-line-indent")?.severity; // "info"
 * ```
 */
export const layoutRules = [
  { id: "nd30.page.footer-distance", severity: "info", basis: margins, appliesTo: ["layout"] },
  { id: "nd30.page.text-width", severity: "info", basis: margins, appliesTo: ["layout"] },
  { id: "nd30.page-number.size", severity: "info", basis: pageNumber, appliesTo: ["layout"] },
  { id: "nd30.header.right-column-width", severity: "info", basis: nationalTitle, appliesTo: ["layout"] },
  {
    id: "nd30.header.left-column-width",
    severity: "info",
    basis: nd30("Phụ lục I, Phần I, mục IV (ô số 2, 3 và 5b)"),
    appliesTo: ["layout"],
  },
  { id: "nd30.header.cell-margin", severity: "info", basis: sdkChoice, appliesTo: ["layout"] },
  { id: "nd30.parent-body.size", severity: "info", basis: issuer, appliesTo: ["layout"] },
  { id: "nd30.issuer.size", severity: "info", basis: issuer, appliesTo: ["layout"] },
  { id: "nd30.issuer.rule-length", severity: "info", basis: issuer, appliesTo: ["layout"] },
  { id: "nd30.national-title.size", severity: "info", basis: nationalTitle, appliesTo: ["layout"] },
  { id: "nd30.motto.size", severity: "info", basis: nationalTitle, appliesTo: ["layout"] },
  {
    id: "nd30.header.rule",
    severity: "info",
    basis: nd30("Phụ lục I, Phần I, mục II.1, II.2"),
    appliesTo: ["layout"],
  },
  { id: "nd30.number.size", severity: "info", basis: number, appliesTo: ["layout"] },
  { id: "nd30.number.position", severity: "info", basis: number, appliesTo: ["layout"] },
  { id: "nd30.date-line.size", severity: "info", basis: dateLine, appliesTo: ["layout"] },
  { id: "nd30.subject.size", severity: "info", basis: title, appliesTo: ["layout"] },
  { id: "nd30.subject.position", severity: "info", basis: title, appliesTo: ["layout"] },
  { id: "nd30.recipients.size", severity: "info", basis: recipients, appliesTo: ["layout"] },
  { id: "nd30.recipients.position", severity: "info", basis: recipients, appliesTo: ["layout"] },
  { id: "nd30.body.first-line-indent", severity: "info", basis: content, appliesTo: ["layout"] },
  { id: "nd30.body.paragraph-spacing", severity: "info", basis: content, appliesTo: ["layout"] },
  { id: "nd30.body.line-spacing", severity: "info", basis: content, appliesTo: ["layout"] },
  {
    id: "nd30.signature.left-column-width",
    severity: "info",
    basis: nd30("Phụ lục I, Phần I, mục IV (ô số 9b)"),
    appliesTo: ["layout"],
  },
  {
    id: "nd30.signature.right-column-width",
    severity: "info",
    basis: nd30("Phụ lục I, Phần I, mục IV (ô số 7a, 7b, 7c)"),
    appliesTo: ["layout"],
  },
  { id: "nd30.signature.position", severity: "info", basis: copies, appliesTo: ["layout"] },
  { id: "nd30.signature.name-size", severity: "info", basis: signer, appliesTo: ["layout"] },
  { id: "nd30.signature.space", severity: "info", basis: signer, appliesTo: ["layout"] },
  { id: "nd30.drafter.size", severity: "info", basis: drafter, appliesTo: ["layout"] },
  { id: "nd30.title.type-name-size", severity: "info", basis: title, appliesTo: ["layout"] },
  { id: "nd30.title.subject-size", severity: "info", basis: title, appliesTo: ["layout"] },
  { id: "nd30.title.rule-length", severity: "info", basis: title, appliesTo: ["layout"] },
  { id: "nd30.title.position", severity: "info", basis: title, appliesTo: ["layout"] },
  { id: "nd30.legal-bases.size", severity: "info", basis: content, appliesTo: ["layout"] },
  { id: "nd30.structure.part-size", severity: "info", basis: content, appliesTo: ["layout"] },
  { id: "nd30.structure.article", severity: "info", basis: content, appliesTo: ["layout"] },
  { id: "nd30.structure.enacting-formula", severity: "info", basis: decisionModel, appliesTo: ["layout"] },
  { id: "nd30.structure.deciding-authority", severity: "info", basis: decisionModel, appliesTo: ["layout"] },
  { id: "nd30.table.size", severity: "info", basis: sdkChoice, appliesTo: ["layout"] },
  { id: "nd30.table.border", severity: "info", basis: sdkChoice, appliesTo: ["layout"] },
  { id: "nd30.table.cell-margin", severity: "info", basis: sdkChoice, appliesTo: ["layout"] },
  { id: "nd30.table.position", severity: "info", basis: sdkChoice, appliesTo: ["layout"] },
  { id: "nd30.appendix.heading-size", severity: "info", basis: appendix, appliesTo: ["layout"] },
  { id: "nd30.appendix.title-size", severity: "info", basis: appendix, appliesTo: ["layout"] },
  { id: "nd30.appendix.attached-to-size", severity: "info", basis: appendix, appliesTo: ["layout"] },
  { id: "nd30.appendix.position", severity: "info", basis: sdkChoice, appliesTo: ["layout"] },
  { id: "nd30.stamp.size", severity: "info", basis: stamp, appliesTo: ["layout"] },
  { id: "nd30.stamp.box", severity: "info", basis: stamp, appliesTo: ["layout"] },
  { id: "nd30.stamp.color", severity: "info", basis: stamp, appliesTo: ["layout"] },
  { id: "nd30.stamp.position", severity: "info", basis: stamp, appliesTo: ["layout"] },
  { id: "nd30.contact.rule", severity: "info", basis: contact, appliesTo: ["layout"] },
  {
    id: "nd30.digital-signature.signer-image",
    severity: "info",
    basis: nd30("Phụ lục I, Phần I, mục II.7.d"),
    appliesTo: ["layout"],
  },
  { id: "nd30.draft.mark", severity: "info", basis: sdkChoice, appliesTo: ["layout"] },
] as const satisfies readonly {
  id: string;
  severity: Severity;
  basis: LegalBasis | undefined;
  appliesTo: readonly RuleTarget[];
}[];
