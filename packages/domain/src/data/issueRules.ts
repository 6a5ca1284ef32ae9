import { type EntityId, entityIds } from "../entities/entityIds.ts";
import type { LegalBasis, Severity } from "../rules/Issue.ts";
import type { RuleTarget } from "../rules/RuleTarget.ts";
import { docxRules } from "./docxRules.ts";
import { nd30Rules } from "./nd30Rules.ts";

const nd30 = (article: string): LegalBasis => ({ document: "Nghị định 30/2020/NĐ-CP", article });
const cv3589: LegalBasis = { document: "Công văn 3589/BGDĐT-GDTX (15/09/2020)" };
const units: LegalBasis = { document: "Nghị quyết 202/2025/QH15; Quyết định 19/2025/QĐ-TTg" };
/** The list and codes of administrative units before 01/07/2025, with its districts. */
const unitCodes: LegalBasis = { document: "Quyết định 124/2004/QĐ-TTg" };
/** District-level units end on 01/07/2025; local government has two tiers, province and commune. */
const twoTier: LegalBasis = { document: "Nghị quyết 203/2025/QH15; Luật Tổ chức chính quyền địa phương 2025" };
const civilCode: LegalBasis = { document: "Bộ luật Dân sự 2015", article: "Điều 144-148" };
/** Where the decree sets the signing authorities and who may sign what. */
const signing = nd30("Điều 13; Phụ lục I, Phần I, mục II.7.b");
/**
 * The entities that carry a signature: every entity but the directive and the national summary's figures. A document
 * rendered from an entity is checked on that entity: the national summary's letter on `national-summary-meta`, the
 * forwarding letter on `forwarding-request`.
 */
const signed = entityIds.filter(
  (id): id is Exclude<EntityId, "directive" | "national-summary"> => id !== "directive" && id !== "national-summary",
);
/** The address line: «Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax». */
const contactBasis = nd30("Điều 8, khoản 2; Phụ lục I, Phần I, mục III.4");
const xml: LegalBasis = { document: "Extensible Markup Language (XML) 1.0", article: "§2.2 Characters" };

/**
 * Every rule of @xhht/domain that an issue can carry: the rules of `rules` but the layout ones, which no check
 * reports. What `createIssue` reads a rule's severity and basis from, so that a validator does not bundle the layout
 * profile's rules.
 */
export const issueRules = [
  { id: "schema.invalid-type", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.missing", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.too-small", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.too-big", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.invalid-value", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.invalid-format", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.unknown-key", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.invalid", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.version-newer", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "schema.unreadable", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "text.xml-illegal", severity: "error", basis: xml, appliesTo: ["*"] },
  { id: "text.blank", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "text.line-break", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "text.too-long", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "date.format", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "instant.out-of-range", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "deadline.out-of-range", severity: "error", basis: civilCode, appliesTo: ["*"] },
  { id: "email.format", severity: "error", basis: undefined, appliesTo: ["*"] },
  { id: "code.format", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "block.id", severity: "error", basis: undefined, appliesTo: ["official-letter", "directive", "submission"] },
  {
    id: "block.heading-label",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.6"),
    appliesTo: ["official-letter", "directive", "submission"],
  },
  {
    id: "block.point-label",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.6"),
    appliesTo: ["official-letter", "directive", "submission"],
  },
  {
    id: "letter.symbol",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.3"),
    appliesTo: ["official-letter"],
  },
  {
    id: "letter.symbol-type",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.3"),
    appliesTo: ["official-letter"],
  },
  { id: "letter.place", severity: "error", basis: nd30("Phụ lục I, Phần I, mục II.4"), appliesTo: ["official-letter"] },
  {
    id: "letter.copies-luu",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.9"),
    appliesTo: ["official-letter"],
  },
  {
    id: "letter.copies-nhu-tren",
    severity: "warning",
    basis: nd30("Phụ lục I, Phần I, mục II.9"),
    appliesTo: ["official-letter"],
  },
  {
    id: "copies.luu",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.9"),
    // The Ministry's letter has its own rule for this line, `letter.copies-luu`.
    appliesTo: signed.filter((kind) => kind !== "official-letter"),
  },
  {
    id: "signature.authority-pair",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục II.7.b"),
    appliesTo: ["official-letter"],
  },
  { id: "signature.authority-chain", severity: "error", basis: signing, appliesTo: signed },
  { id: "signature.collective-tm", severity: "error", basis: signing, appliesTo: signed },
  { id: "signature.head-title", severity: "warning", basis: signing, appliesTo: signed },
  { id: "directive.duplicate-block-id", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "directive.activity-unknown", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "directive.source-missing", severity: "error", basis: undefined, appliesTo: ["directive"] },
  { id: "directive.week-length", severity: "warning", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.week-year", severity: "error", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.opening-outside-week", severity: "error", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.deadline-before-week-end", severity: "error", basis: cv3589, appliesTo: ["directive"] },
  { id: "directive.letter-after-week", severity: "warning", basis: cv3589, appliesTo: ["directive"] },
  {
    id: "province.code-format",
    severity: "error",
    basis: undefined,
    appliesTo: ["provincial-plan", "provincial-report"],
  },
  { id: "province.unknown", severity: "error", basis: units, appliesTo: ["provincial-plan", "provincial-report"] },
  {
    id: "commune.code-format",
    severity: "error",
    basis: undefined,
    appliesTo: ["provincial-plan", "provincial-report"],
  },
  {
    id: "district.code-format",
    severity: "error",
    basis: undefined,
    appliesTo: ["provincial-plan", "provincial-report"],
  },
  { id: "commune.unknown", severity: "error", basis: units, appliesTo: ["provincial-plan", "provincial-report"] },
  {
    id: "commune.other-province",
    severity: "error",
    basis: units,
    appliesTo: ["provincial-plan", "provincial-report"],
  },
  { id: "district.unknown", severity: "error", basis: unitCodes, appliesTo: ["provincial-plan", "provincial-report"] },
  {
    id: "district.other-province",
    severity: "error",
    basis: unitCodes,
    appliesTo: ["provincial-plan", "provincial-report"],
  },
  {
    id: "actor.district-abolished",
    severity: "warning",
    basis: twoTier,
    appliesTo: ["directive", "provincial-plan", "forwarding-request"],
  },
  { id: "plan.symbol-type", severity: "error", basis: nd30("Phụ lục III"), appliesTo: ["provincial-plan"] },
  { id: "plan.activity-unknown", severity: "error", basis: cv3589, appliesTo: ["provincial-plan"] },
  { id: "plan.activity-dates", severity: "error", basis: undefined, appliesTo: ["provincial-plan"] },
  { id: "plan.activity-outside-week", severity: "error", basis: cv3589, appliesTo: ["provincial-plan"] },
  { id: "plan.opening-day", severity: "error", basis: cv3589, appliesTo: ["provincial-plan"] },
  { id: "plan.group-missing", severity: "error", basis: cv3589, appliesTo: ["provincial-plan"] },
  { id: "plan.budget-total", severity: "error", basis: undefined, appliesTo: ["provincial-plan"] },
  { id: "plan.budget-estimate-total", severity: "error", basis: undefined, appliesTo: ["provincial-plan"] },
  // «Thông tin chỉ dẫn kèm theo văn bản trên mỗi Phụ lục được ban hành bao gồm: Số, ký hiệu văn bản, thời gian ban
  // hành văn bản và tên cơ quan, tổ chức ban hành văn bản.»
  {
    id: "appendix.issuer-name",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục III.1.c"),
    appliesTo: ["provincial-plan", "submission"],
  },
  { id: "plan.issued-after-week", severity: "warning", basis: cv3589, appliesTo: ["provincial-plan"] },
  { id: "report.submitted-at", severity: "error", basis: undefined, appliesTo: ["provincial-report"] },
  { id: "report.symbol-type", severity: "error", basis: nd30("Phụ lục III"), appliesTo: ["provincial-report"] },
  { id: "report.activity-unknown", severity: "error", basis: cv3589, appliesTo: ["provincial-report"] },
  { id: "report.activity-duplicate", severity: "error", basis: undefined, appliesTo: ["provincial-report"] },
  { id: "report.measure-not-applicable", severity: "warning", basis: cv3589, appliesTo: ["provincial-report"] },
  { id: "report.late", severity: "warning", basis: civilCode, appliesTo: ["provincial-report"] },
  { id: "report.lateness-not-checked", severity: "info", basis: undefined, appliesTo: ["provincial-report"] },
  { id: "report.sent-before-dated", severity: "warning", basis: undefined, appliesTo: ["provincial-report"] },
  // Raised by `summarizeReports` on the provincial reports it sums up (`summary.missing`: on the set of them).
  { id: "summary.year-mismatch", severity: "error", basis: undefined, appliesTo: ["provincial-report"] },
  { id: "summary.duplicate", severity: "error", basis: undefined, appliesTo: ["provincial-report"] },
  { id: "summary.missing", severity: "info", basis: cv3589, appliesTo: ["provincial-report"] },
  { id: "summary.total-overflow", severity: "error", basis: undefined, appliesTo: ["provincial-report"] },
  { id: "summary.level-mismatch", severity: "error", basis: undefined, appliesTo: ["provincial-report"] },
  { id: "summary.unit-unexpected", severity: "error", basis: undefined, appliesTo: ["provincial-report"] },
  {
    id: "drafter.initials",
    severity: "error",
    basis: nd30("Phụ lục I, Phần I, mục III.3"),
    appliesTo: ["committee-decision", "invitation", "budget-estimate", "national-summary-meta", "submission"],
  },
  { id: "contact.empty", severity: "error", basis: contactBasis, appliesTo: signed },
  { id: "contact.email", severity: "error", basis: contactBasis, appliesTo: signed },
  { id: "contact.website", severity: "error", basis: contactBasis, appliesTo: signed },
  { id: "contact.phone", severity: "error", basis: contactBasis, appliesTo: signed },
  { id: "decision.symbol-type", severity: "error", basis: nd30("Phụ lục III"), appliesTo: ["committee-decision"] },
  { id: "decision.head-count", severity: "error", basis: undefined, appliesTo: ["committee-decision"] },
  { id: "invitation.time", severity: "error", basis: undefined, appliesTo: ["invitation"] },
  { id: "invitation.symbol-type", severity: "error", basis: nd30("Phụ lục III"), appliesTo: ["invitation"] },
  { id: "invitation.event-before-issued", severity: "error", basis: undefined, appliesTo: ["invitation"] },
  {
    id: "budget.line-amount",
    severity: "error",
    basis: undefined,
    appliesTo: ["budget-estimate", "provincial-plan", "submission"],
  },
  {
    id: "budget.total",
    severity: "error",
    basis: undefined,
    appliesTo: ["budget-estimate", "provincial-plan", "submission"],
  },
  { id: "budget.symbol-type", severity: "error", basis: nd30("Điều 7; Phụ lục III"), appliesTo: ["budget-estimate"] },
  { id: "submission.symbol-type", severity: "error", basis: nd30("Phụ lục III"), appliesTo: ["submission"] },
  {
    id: "national-summary.symbol-type",
    severity: "error",
    basis: nd30("Phụ lục III"),
    appliesTo: ["national-summary-meta"],
  },
  { id: "forwarding.dated-before-directive", severity: "error", basis: cv3589, appliesTo: ["forwarding-request"] },
  { id: "forwarding.deadline-after-ministry", severity: "error", basis: cv3589, appliesTo: ["forwarding-request"] },
  ...nd30Rules,
  ...docxRules,
] as const satisfies readonly {
  id: string;
  severity: Severity;
  basis: LegalBasis | undefined;
  appliesTo: readonly RuleTarget[];
}[];
