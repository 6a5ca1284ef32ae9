import type { LegalBasis, Severity } from "../rules/Issue.ts";
import type { RuleTarget } from "../rules/RuleTarget.ts";

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I: mục I (khổ giấy, kiểu trình bày, định lề trang, phông chữ, số trang)
 * and mục II (các thành phần thể thức chính), as published on vanban.chinhphu.vn.
 */
const nd30 = (article: string): LegalBasis => ({ document: "Nghị định 30/2020/NĐ-CP", article });
const page = nd30("Phụ lục I, Phần I, mục I");
const nationalTitle = nd30("Phụ lục I, Phần I, mục II.1");
const number = nd30("Phụ lục I, Phần I, mục II.3");
const dateLine = nd30("Phụ lục I, Phần I, mục II.4");
const content = nd30("Phụ lục I, Phần I, mục II.6");
const copies = nd30("Phụ lục I, Phần I, mục II.9");
/**
 * Page numbers: «Số trang văn bản: Được đánh từ số 1, bằng chữ số Ả Rập, cỡ chữ 13 đến 14, kiểu chữ đứng, được đặt
 * canh giữa theo chiều ngang trong phần lề trên của văn bản, không hiển thị số trang thứ nhất.»
 */
const pageNumber = nd30("Phụ lục I, Phần I, mục I (số trang văn bản)");
/** «Phông chữ: Phông chữ tiếng Việt Times New Roman, bộ mã ký tự Unicode theo Tiêu chuẩn Việt Nam TCVN 6909:2001, màu đen.» */
const fontColor = nd30("Phụ lục I, Phần I, mục I (phông chữ: màu đen)");
/**
 * The address line, mục III.4 «Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số
 * Fax»: «Các thành phần này được trình bày tại ô số 13 Mục IV Phần I Phụ lục này ở trang thứ nhất của văn bản, bằng
 * chữ in thường, cỡ chữ từ 11 đến 12, kiểu chữ đứng, dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng
 * trình bày văn bản.»
 */
const contact = nd30("Phụ lục I, Phần I, mục III.4");
/**
 * The organisation's digital signature on an attachment (mục II.8.b) or an appendix in a file of its own (mục
 * III.1.d): «Vị trí: Góc trên, bên phải, trang đầu của văn bản kèm theo. … Thông tin: Số và ký hiệu văn bản; thời gian ký (ngày tháng năm; giờ phút giây; múi giờ Việt Nam theo tiêu chuẩn
 * ISO 8601) được trình bày bằng phông chữ Times New Roman, chữ in thường, kiểu chữ đứng, cỡ chữ 10, màu đen.»
 */
const signatureInfo = nd30("Phụ lục I, Phần I, mục II.8.b và III.1.d");
/**
 * The signer's authority lines: «Các chữ viết tắt quyền hạn như: "TM.", "Q.", "KT.", "TL.", "TUQ." và quyền hạn chức
 * vụ của người ký được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm»; the chains of mục II.7.b
 * (signingAuthorityChains).
 */
const signer = nd30("Phụ lục I, Phần I, mục II.7.b, II.7.đ");
/**
 * A normative document's number, «Số: 15/2010/QĐ-UBND» (number, year of issue, symbol): Decree 30 does not say so
 * (its mục II.3 has no year of issue; normative documents follow the law on them), so this rule cites no basis.
 */
const normativeNumber = undefined;

/**
 * The rules a .docx file is checked against (`appliesTo: ["docx"]`): page size, orientation and margins, the font,
 * the body's size, the Quốc hiệu and Tiêu ngữ, the presence of the number and date lines, the page number of
 * page 1 and the «Nơi nhận» block. Ids shared with the layout profile of @xhht/templates name the same rule.
 */
export const docxRules = [
  { id: "docx.unreadable", severity: "error", basis: undefined, appliesTo: ["docx"] },
  { id: "docx.too-large", severity: "error", basis: undefined, appliesTo: ["docx"] },
  { id: "docx.corrupt-part", severity: "error", basis: undefined, appliesTo: ["docx"] },
  { id: "nd30.page.size", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.page.orientation", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.page.landscape-table", severity: "warning", basis: page, appliesTo: ["docx"] },
  { id: "nd30.page.margin-top", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.page.margin-bottom", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.page.margin-left", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.page.margin-right", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.font.family", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.page-number.first-page", severity: "error", basis: page, appliesTo: ["docx"] },
  { id: "nd30.body.size", severity: "error", basis: content, appliesTo: ["docx"] },
  { id: "nd30.national-title.missing", severity: "error", basis: nationalTitle, appliesTo: ["docx"] },
  { id: "nd30.national-title.text", severity: "error", basis: nationalTitle, appliesTo: ["docx"] },
  { id: "nd30.national-title.legacy-spelling", severity: "warning", basis: nationalTitle, appliesTo: ["docx"] },
  { id: "nd30.motto.missing", severity: "error", basis: nationalTitle, appliesTo: ["docx"] },
  { id: "nd30.motto.text", severity: "error", basis: nationalTitle, appliesTo: ["docx"] },
  { id: "nd30.number.missing", severity: "error", basis: number, appliesTo: ["docx"] },
  { id: "nd30.date-line.missing", severity: "error", basis: dateLine, appliesTo: ["docx"] },
  { id: "nd30.copies.missing", severity: "error", basis: copies, appliesTo: ["docx"] },
  { id: "nd30.copies.heading-style", severity: "error", basis: copies, appliesTo: ["docx"] },
  { id: "nd30.copies.heading-size", severity: "error", basis: copies, appliesTo: ["docx"] },
  { id: "nd30.copies.size", severity: "error", basis: copies, appliesTo: ["docx"] },
  { id: "nd30.page-number.missing", severity: "error", basis: pageNumber, appliesTo: ["docx"] },
  { id: "nd30.page-number.position", severity: "error", basis: pageNumber, appliesTo: ["docx"] },
  { id: "nd30.font.color", severity: "error", basis: fontColor, appliesTo: ["docx"] },
  { id: "nd30.number.normative-format", severity: "error", basis: normativeNumber, appliesTo: ["docx"] },
  { id: "nd30.contact.first-page", severity: "error", basis: contact, appliesTo: ["docx"] },
  { id: "nd30.contact.size", severity: "error", basis: contact, appliesTo: ["docx"] },
  { id: "nd30.contact.style", severity: "error", basis: contact, appliesTo: ["docx"] },
  { id: "nd30.digital-signature.info-position", severity: "error", basis: signatureInfo, appliesTo: ["docx"] },
  { id: "nd30.digital-signature.info-size", severity: "error", basis: signatureInfo, appliesTo: ["docx"] },
  { id: "nd30.digital-signature.info-time-zone", severity: "error", basis: signatureInfo, appliesTo: ["docx"] },
  { id: "nd30.signature.authority-chain", severity: "error", basis: signer, appliesTo: ["docx"] },
  { id: "nd30.signature.authority-style", severity: "error", basis: signer, appliesTo: ["docx"] },
  { id: "nd30.signature.authority-size", severity: "error", basis: signer, appliesTo: ["docx"] },
] as const satisfies readonly {
  id: string;
  severity: Severity;
  basis: LegalBasis | undefined;
  appliesTo: readonly RuleTarget[];
}[];
