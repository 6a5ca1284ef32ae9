import type { RuleId } from "@xhht/domain";
import { cmToTwip, mmToTwip, ptToHalfPoint, ptToTwip } from "./docx/units.ts";

/**
 * The unit a layout value is expressed in, as Word stores it.
 *
 * @example
 * ```ts
 * nd30Profile.body.size.unit; // "half-point"
 * ```
 */
export type LayoutUnit = "twip" | "half-point" | "eighth-point" | "percent" | "line-240ths" | "font";

/**
 * Where a layout value comes from: the decree's text, or the SDK's choice within what the decree allows.
 *
 * @example
 * ```ts
 * nd30Profile.page.marginLeft.basis;
 * // { document: "30/2020/NĐ-CP", part: "Phụ lục I, Phần I", item: "định lề trang: … cách mép trái 30 - 35 mm", choice: "30 mm" }
 * ```
 */
export interface LayoutBasis {
  readonly document: "30/2020/NĐ-CP";
  /** The part of the decree, e.g. «Phụ lục I, Phần I». */
  readonly part: string;
  /** The item within that part, in the decree's words. */
  readonly item: string;
  /** Present when the decree gives a range or no number and the SDK picked this value. */
  readonly choice?: string;
}

/**
 * One number (or name) of the layout, paired with its rule id and its legal basis.
 *
 * @example
 * ```ts
 * const indent: LayoutValue = nd30Profile.body.firstLineIndent; // { value: 567, unit: "twip", rule: "nd30.body.first-line-indent", … }
 * nd30Profile.page.marginLeft.range; // { min: 1701, max: 1984 }
 * nd30Profile.body.size.range; // { min: 26, max: 28 }
 * ```
 */
export interface LayoutValue<T extends number | string = number> {
  readonly value: T;
  readonly unit: LayoutUnit;
  /** The id of the rule this value belongs to, registered in `listRules()` of @xhht/domain. */
  readonly rule: RuleId;
  readonly basis: LayoutBasis;
  /**
   * What the decree allows, bounds included, in the value's own `unit` (twips, half-points …): present where `basis`
   * quotes a range («cách mép trái 30 - 35 mm», «cỡ chữ từ 13 đến 14») or a single number («cỡ chữ 11»: `min` equals
   * `max`). `value`, the SDK's pick, lies inside it, and `lintDocx` checks a document against the same range.
   */
  readonly range?: { readonly min: number; readonly max: number };
}

const PART_I = "Phụ lục I, Phần I";

type LayoutRange = NonNullable<LayoutValue["range"]>;

/** A value with a range (`R` a range) has it for sure; one without has none. */
type Ranged<T extends number | string, R> = R extends LayoutRange
  ? LayoutValue<T> & { readonly range: LayoutRange }
  : LayoutValue<T>;

const withRange = <T extends number | string, R extends LayoutRange | undefined>(
  layout: LayoutValue<T>,
  range: R | undefined,
): Ranged<T, R> => (range === undefined ? layout : { ...layout, range }) as Ranged<T, R>;

/** The decree's range in millimetres, as twips. */
const mm = (min: number, max: number): LayoutRange => ({ min: mmToTwip(min), max: mmToTwip(max) });

/** The decree's font sizes in points («cỡ chữ từ 13 đến 14», or one size «cỡ chữ 11»), as half-points. */
const pt = (min: number, max = min): LayoutRange => ({ min: ptToHalfPoint(min), max: ptToHalfPoint(max) });

/** The share «từ 1/3 đến 1/2» of a line, in percent. */
const thirdToHalf: LayoutRange = { min: 100 / 3, max: 50 };

const basisOf = (part: string, item: string, choice: string | undefined): LayoutBasis =>
  choice === undefined ? { document: "30/2020/NĐ-CP", part, item } : { document: "30/2020/NĐ-CP", part, item, choice };

const v = <T extends number | string, R extends LayoutRange | undefined = undefined>(
  value: T,
  unit: LayoutUnit,
  rule: RuleId,
  item: string,
  choice?: string,
  range?: R,
): Ranged<T, R> => withRange({ value, unit, rule, basis: basisOf(PART_I, item, choice) }, range);

/** A value whose basis is a numbered item of Phụ lục I, Phần I, mục II (the components): `item` is «II.5» etc. */
const vAt = <T extends number | string, R extends LayoutRange | undefined = undefined>(
  value: T,
  unit: LayoutUnit,
  rule: RuleId,
  section: string,
  item: string,
  choice?: string,
  range?: R,
): Ranged<T, R> => withRange({ value, unit, rule, basis: basisOf(`${PART_I}, mục ${section}`, item, choice) }, range);

const pageWidth = mmToTwip(210);
const marginLeft = mmToTwip(30);
const marginRight = mmToTwip(15);
const textWidth = pageWidth - marginLeft - marginRight;
const headerRightColumn = Math.round(textWidth * 0.62);
const signatureLeftColumn = Math.round(textWidth * 0.44);

/**
 * The Decree 30/2020/NĐ-CP layout profile: every number a template lays a document out with (page, margins,
 * font, sizes, column widths, spacing), each with its rule id and legal basis. Templates read these values and
 * never repeat them; a linter can check a document against the same numbers.
 *
 * Lengths are twips (1/20 pt; 1 mm = 1440/25.4 twips, rounded), font sizes half-points (Word's `w:sz`).
 *
 * @example
 * ```ts
 * import { nd30Profile } from "@xhht/templates";
 *
 * nd30Profile.page.marginLeft.value; // 1701 (30 mm)
 * nd30Profile.page.marginLeft.rule;  // "nd30.page.margin-left"
 * nd30Profile.header.nationalTitle.size.value; // 24 (12 pt)
 * ```
 */
export const nd30Profile = {
  page: {
    width: v(pageWidth, "twip", "nd30.page.size", "khổ giấy: khổ A4 (210 mm x 297 mm)"),
    height: v(mmToTwip(297), "twip", "nd30.page.size", "khổ giấy: khổ A4 (210 mm x 297 mm)"),
    marginTop: v(
      mmToTwip(20),
      "twip",
      "nd30.page.margin-top",
      "định lề trang: cách mép trên và mép dưới 20 - 25 mm",
      "20 mm",
      mm(20, 25),
    ),
    marginBottom: v(
      mmToTwip(20),
      "twip",
      "nd30.page.margin-bottom",
      "định lề trang: cách mép trên và mép dưới 20 - 25 mm",
      "20 mm",
      mm(20, 25),
    ),
    marginLeft: v(
      marginLeft,
      "twip",
      "nd30.page.margin-left",
      "định lề trang: … cách mép trái 30 - 35 mm",
      "30 mm",
      mm(30, 35),
    ),
    marginRight: v(
      marginRight,
      "twip",
      "nd30.page.margin-right",
      "định lề trang: … cách mép phải 15 - 20 mm",
      "15 mm",
      mm(15, 20),
    ),
    /** Distance from the top edge to the page-number header, inside the top margin. */
    headerDistance: v(
      cmToTwip(1),
      "twip",
      "nd30.page-number.position",
      "số trang văn bản: … được đặt canh giữa theo chiều ngang trong phần lề trên của văn bản",
      "1 cm",
    ),
    footerDistance: v(cmToTwip(1), "twip", "nd30.page.footer-distance", "định lề trang", "1 cm (no footer)"),
    textWidth: v(
      textWidth,
      "twip",
      "nd30.page.text-width",
      "định lề trang (the SDK derives it: A4 less the left and right margins)",
    ),
  },
  font: {
    family: v(
      "Times New Roman",
      "font",
      "nd30.font.family",
      "phông chữ tiếng Việt Times New Roman, bộ mã ký tự Unicode theo Tiêu chuẩn Việt Nam TCVN 6909:2001",
    ),
    /** Word's default colour: black. */
    color: v("000000", "font", "nd30.font.color", "phông chữ … màu đen"),
  },
  pageNumber: {
    size: v(
      ptToHalfPoint(14),
      "half-point",
      "nd30.page-number.size",
      "số trang văn bản: … cỡ chữ 13 đến 14, kiểu chữ đứng",
      "14 pt",
      pt(13, 14),
    ),
  },
  header: {
    /**
     * The right column holds the Quốc hiệu and, under it, the Tiêu ngữ: two lines. 62 % of the text width keeps the
     * Quốc hiệu at 12 pt bold from wrapping onto a third.
     */
    rightColumnWidth: vAt(
      headerRightColumn,
      "twip",
      "nd30.header.right-column-width",
      "II.1",
      "Quốc hiệu … ở phía trên cùng, bên phải trang đầu tiên của văn bản; hai dòng chữ Quốc hiệu và Tiêu ngữ được trình bày cách nhau dòng đơn",
      "62 % of the text width",
    ),
    leftColumnWidth: v(
      textWidth - headerRightColumn,
      "twip",
      "nd30.header.left-column-width",
      "ô số 2, 3 và 5b Mục IV Phần I (sơ đồ bố trí: tên cơ quan, số và ký hiệu, trích yếu công văn)",
      "38 % of the text width",
    ),
    cellMarginSide: v(
      mmToTwip(1),
      "twip",
      "nd30.header.cell-margin",
      "no provision (the SDK lays out ô số 1 to 4 as a borderless table)",
      "1 mm",
    ),
    parentBody: {
      size: v(
        ptToHalfPoint(12),
        "half-point",
        "nd30.parent-body.size",
        "tên cơ quan, tổ chức chủ quản trực tiếp được trình bày bằng chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng",
        "12 pt",
        pt(12, 13),
      ),
    },
    issuer: {
      size: v(
        ptToHalfPoint(12),
        "half-point",
        "nd30.issuer.size",
        "tên cơ quan, tổ chức ban hành văn bản được trình bày bằng chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm",
        "12 pt",
        pt(12, 13),
      ),
      /** The share of the issuer's text length the line under it takes (1/3 to 1/2). */
      ruleShare: v(
        40,
        "percent",
        "nd30.issuer.rule-length",
        "phía dưới có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ",
        "40 %",
        thirdToHalf,
      ),
    },
    nationalTitle: {
      size: v(
        ptToHalfPoint(12),
        "half-point",
        "nd30.national-title.size",
        "Quốc hiệu … được trình bày bằng chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm",
        "12 pt",
        pt(12, 13),
      ),
    },
    motto: {
      size: v(
        ptToHalfPoint(13),
        "half-point",
        "nd30.motto.size",
        "Tiêu ngữ … được trình bày bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm",
        "13 pt",
        pt(13, 14),
      ),
    },
    /** The solid lines under the issuer and the motto. */
    ruleThickness: v(6, "eighth-point", "nd30.header.rule", "đường kẻ ngang, nét liền", "0.75 pt"),
    /** Height of the tiny paragraph that carries a line: the line sits right under the text above it. */
    ruleParagraphHeight: v(ptToTwip(1), "twip", "nd30.header.rule", "đường kẻ ngang, nét liền", "1 pt"),
    /** The gap between the text and the line under it. */
    ruleGap: v(ptToTwip(3), "twip", "nd30.header.rule", "phía dưới có đường kẻ ngang, nét liền", "3 pt"),
    number: {
      size: v(
        ptToHalfPoint(13),
        "half-point",
        "nd30.number.size",
        "từ «Số» được trình bày bằng chữ in thường, cỡ chữ 13, kiểu chữ đứng",
        undefined,
        pt(13),
      ),
      spacingBefore: v(
        ptToTwip(6),
        "twip",
        "nd30.number.position",
        "số, ký hiệu của văn bản được đặt canh giữa dưới tên cơ quan, tổ chức ban hành văn bản",
        "6 pt",
      ),
    },
    dateLine: {
      size: v(
        ptToHalfPoint(13),
        "half-point",
        "nd30.date-line.size",
        "địa danh và thời gian ban hành văn bản … bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ nghiêng",
        "13 pt",
        pt(13, 14),
      ),
    },
    subject: {
      size: v(
        ptToHalfPoint(12),
        "half-point",
        "nd30.subject.size",
        "đối với công văn, trích yếu … sau chữ «V/v» bằng chữ in thường, cỡ chữ từ 12 đến 13, kiểu chữ đứng",
        "12 pt",
        pt(12, 13),
      ),
      spacingBefore: v(
        ptToTwip(6),
        "twip",
        "nd30.subject.position",
        "trích yếu công văn: đặt canh giữa dưới số và ký hiệu văn bản, cách dòng 6pt với số và ký hiệu văn bản",
      ),
    },
  },
  recipients: {
    size: v(
      ptToHalfPoint(14),
      "half-point",
      "nd30.recipients.size",
      "từ «Kính gửi» và tên các cơ quan, tổ chức hoặc cá nhân nhận văn bản được trình bày bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng",
      "14 pt",
      pt(13, 14),
    ),
    indentLeft: v(cmToTwip(2), "twip", "nd30.recipients.position", "«Kính gửi» và tên cơ quan nhận văn bản", "2 cm"),
    spacingBefore: v(
      ptToTwip(12),
      "twip",
      "nd30.recipients.position",
      "«Kính gửi» và tên cơ quan nhận văn bản",
      "12 pt",
    ),
    spacingAfter: v(ptToTwip(6), "twip", "nd30.recipients.position", "«Kính gửi» và tên cơ quan nhận văn bản", "6 pt"),
  },
  body: {
    size: v(
      ptToHalfPoint(14),
      "half-point",
      "nd30.body.size",
      "nội dung văn bản được trình bày bằng chữ in thường, được canh đều cả hai lề, kiểu chữ đứng; cỡ chữ từ 13 đến 14",
      "14 pt",
      pt(13, 14),
    ),
    firstLineIndent: v(
      cmToTwip(1),
      "twip",
      "nd30.body.first-line-indent",
      "khi xuống dòng, chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm",
      "1 cm",
    ),
    spacingBefore: v(
      ptToTwip(6),
      "twip",
      "nd30.body.paragraph-spacing",
      "khoảng cách giữa các đoạn văn tối thiểu là 6pt",
      "6 pt",
    ),
    /** Line spacing in 240ths of a line (`w:spacing w:line`, rule auto): 240 single … 360 one and a half. */
    lineSpacing: v(
      276,
      "line-240ths",
      "nd30.body.line-spacing",
      "khoảng cách giữa các dòng tối thiểu là dòng đơn, tối đa là 1,5 lines",
      "1.15 lines",
      { min: 240, max: 360 },
    ),
  },
  signature: {
    leftColumnWidth: v(
      signatureLeftColumn,
      "twip",
      "nd30.signature.left-column-width",
      "nơi nhận: ô số 9b Mục IV Phần I (sơ đồ bố trí: bên trái)",
      "44 %",
    ),
    rightColumnWidth: v(
      textWidth - signatureLeftColumn,
      "twip",
      "nd30.signature.right-column-width",
      "quyền hạn, chức vụ, họ tên và chữ ký của người ký: ô số 7a, 7b, 7c Mục IV Phần I (sơ đồ bố trí: bên phải)",
      "56 %",
    ),
    spacingBefore: v(
      ptToTwip(12),
      "twip",
      "nd30.signature.position",
      "từ «Nơi nhận» … ngang hàng với dòng chữ «quyền hạn, chức vụ của người ký» và sát lề trái",
      "12 pt",
    ),
    authoritySize: v(
      ptToHalfPoint(14),
      "half-point",
      "nd30.signature.authority-size",
      "quyền hạn chức vụ của người ký được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm",
      "14 pt",
      pt(13, 14),
    ),
    nameSize: v(
      ptToHalfPoint(14),
      "half-point",
      "nd30.signature.name-size",
      "họ và tên của người ký văn bản … bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm",
      "14 pt",
      pt(13, 14),
    ),
    /** The room for the handwritten signature and seal, made with paragraph spacing before the name. */
    signatureSpace: v(
      cmToTwip(3),
      "twip",
      "nd30.signature.space",
      "chữ ký của người có thẩm quyền được trình bày tại ô số 7c",
      "3 cm",
    ),
    copiesHeadingSize: v(
      ptToHalfPoint(12),
      "half-point",
      "nd30.copies.heading-size",
      "từ «Nơi nhận» … bằng chữ in thường, cỡ chữ 12, kiểu chữ nghiêng, đậm",
      undefined,
      pt(12),
    ),
    copiesSize: v(
      ptToHalfPoint(11),
      "half-point",
      "nd30.copies.size",
      "phần liệt kê các cơ quan, tổ chức, đơn vị và cá nhân nhận văn bản được trình bày bằng chữ in thường, cỡ chữ 11, kiểu chữ đứng",
      undefined,
      pt(11),
    ),
    /** «PL.(300)»: the drafter's initials and the number of copies, under the «Nơi nhận» list. */
    drafterSize: vAt(
      ptToHalfPoint(11),
      "half-point",
      "nd30.drafter.size",
      "III.3",
      "ký hiệu người soạn thảo văn bản và số lượng bản phát hành: … ký hiệu bằng chữ in hoa, số lượng bản bằng chữ số Ả Rập, cỡ chữ 11, kiểu chữ đứng",
      undefined,
      pt(11),
    ),
  },
  /** Cell 5a: the type name and the trích yếu of a typed document (kế hoạch, báo cáo, quyết định, giấy mời …). */
  title: {
    typeNameSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.title.type-name-size",
      "II.5",
      "tên loại văn bản được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm",
      "14 pt",
      pt(13, 14),
    ),
    subjectSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.title.subject-size",
      "II.5",
      "trích yếu nội dung văn bản được đặt ngay dưới tên loại văn bản, trình bày bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm",
      "14 pt",
      pt(13, 14),
    ),
    /** The share of the trích yếu's longest line the line under it takes (1/3 to 1/2). */
    ruleShare: vAt(
      40,
      "percent",
      "nd30.title.rule-length",
      "II.5",
      "bên dưới trích yếu nội dung văn bản có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ",
      "40 %",
      thirdToHalf,
    ),
    spacingBefore: vAt(
      ptToTwip(18),
      "twip",
      "nd30.title.position",
      "II.5",
      "tên loại và trích yếu nội dung văn bản được trình bày tại ô số 5a …, đặt canh giữa theo chiều ngang văn bản",
      "18 pt",
    ),
    spacingAfter: vAt(
      ptToTwip(12),
      "twip",
      "nd30.title.position",
      "II.5",
      "tên loại và trích yếu nội dung văn bản được trình bày tại ô số 5a …, đặt canh giữa theo chiều ngang văn bản",
      "12 pt below the line",
    ),
  },
  /** Cell 6: the căn cứ lines before the body of a typed document. */
  legalBases: {
    size: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.legal-bases.size",
      "II.6",
      "căn cứ ban hành văn bản được trình bày bằng chữ in thường, kiểu chữ nghiêng, cỡ chữ từ 13 đến 14 …; sau mỗi căn cứ phải xuống dòng, cuối dòng có dấu chẩm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.)",
      "14 pt",
      pt(13, 14),
    ),
  },
  /** The structure of a body: parts and sections, articles, clauses and points (cell 6). */
  structure: {
    /** «Phần I», «Chương I» and their titles: centred, bold. */
    partSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.structure.part-size",
      "II.6",
      "từ «Phần», «Chương» và số thứ tự của phần, chương được trình bày trên một dòng riêng, canh giữa, bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm; tiêu đề … bằng chữ in hoa",
      "14 pt",
      pt(13, 14),
    ),
    /** «Điều 1.» and the article's title: bold, indented like the body. */
    articleSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.structure.article",
      "II.6",
      "từ «Điều», số thứ tự và tiêu đề của điều được trình bày bằng chữ in thường, lùi đầu dòng 1 cm hoặc 1,27 cm …; cỡ chữ bằng cỡ chữ của phần lời văn, kiểu chữ đứng, đậm",
      "14 pt",
    ),
    /** «QUYẾT ĐỊNH:» between the căn cứ and the articles of a decision. */
    enactingSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.structure.enacting-formula",
      "II.6",
      "no words in mục II.6: the SDK follows the decision model of Phụ lục III (upper case, bold, centred)",
      "14 pt",
    ),
    /** The authority that decides, above the căn cứ of a decision: «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …». */
    authoritySize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.structure.deciding-authority",
      "II.6",
      "no words in mục II.6: the SDK follows the decision model of Phụ lục III (upper case, 13-14, upright, bold, centred)",
      "14 pt",
    ),
  },
  /** Tables inside a body or an appendix: bordered, a bold header row repeated on each page. */
  table: {
    size: vAt(
      ptToHalfPoint(12),
      "half-point",
      "nd30.table.size",
      "II.6",
      "no words in mục II.6 on the size of a table's text: the SDK's choice",
      "12 pt",
    ),
    /** A wide table on a landscape page. */
    wideSize: vAt(
      ptToHalfPoint(11),
      "half-point",
      "nd30.table.size",
      "II.6",
      "no words in mục II.6 on a table's width; mục I.2: «trường hợp nội dung văn bản có các bảng, biểu nhưng không được làm thành các phụ lục riêng thì văn bản có thể được trình bày theo chiều rộng»",
      "11 pt",
    ),
    /** The text width of a landscape page (A4 turned, the same four margins): where a wide table goes. */
    landscapeTextWidth: {
      value: mmToTwip(297) - marginLeft - marginRight,
      unit: "twip",
      rule: "nd30.page.orientation",
      basis: {
        document: "30/2020/NĐ-CP",
        part: `${PART_I}, mục I.2`,
        item: "trường hợp nội dung văn bản có các bảng, biểu nhưng không được làm thành các phụ lục riêng thì văn bản có thể được trình bày theo chiều rộng",
        choice: "A4 landscape, the portrait margins kept on the same sides",
      },
    } satisfies LayoutValue,
    borderThickness: vAt(
      4,
      "eighth-point",
      "nd30.table.border",
      "II.6",
      "no words in the decree on a table's borders: the SDK's choice",
      "0.5 pt",
    ),
    cellMarginSide: vAt(
      mmToTwip(1.5),
      "twip",
      "nd30.table.cell-margin",
      "II.6",
      "no words in the decree on a table's cell margins: the SDK's choice",
      "1.5 mm",
    ),
    cellMarginVertical: vAt(ptToTwip(2), "twip", "nd30.table.cell-margin", "II.6", "bảng: lề trong ô", "2 pt"),
    spacingAfter: vAt(
      ptToTwip(6),
      "twip",
      "nd30.table.position",
      "II.6",
      "no words in the decree on the space after a table: the SDK's choice",
      "6 pt",
    ),
  },
  /** An appendix: its own heading, title and «(Kèm theo …)» line, and its own page numbering. */
  appendix: {
    headingSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.appendix.heading-size",
      "III.1",
      "từ «Phụ lục» và số thứ tự của Phụ lục được trình bày thành một dòng riêng, canh giữa, bằng chữ in thường, cỡ chữ 14, kiểu chữ đứng, đậm",
      "14 pt",
      pt(14),
    ),
    titleSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.appendix.title-size",
      "III.1",
      "tên Phụ lục (nếu có) được trình bày canh giữa, bằng chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm",
      "14 pt",
      pt(13, 14),
    ),
    attachedToSize: vAt(
      ptToHalfPoint(14),
      "half-point",
      "nd30.appendix.attached-to-size",
      "III.1",
      "thông tin chỉ dẫn kèm theo văn bản được canh giữa phía dưới tên của Phụ lục, chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ nghiêng",
      "14 pt",
      pt(13, 14),
    ),
    spacingAfter: vAt(
      ptToTwip(12),
      "twip",
      "nd30.appendix.position",
      "III.1",
      "no words in mục III.1 on the space under an appendix's heading: the SDK's choice",
      "12 pt",
    ),
  },
  /** Cells 10b and 11: urgency and circulation stamps, bold in a one-line box under the number. */
  stamp: {
    size: vAt(
      ptToHalfPoint(13),
      "half-point",
      "nd30.stamp.size",
      "III.2",
      "dấu chỉ mức độ khẩn, chỉ dẫn về phạm vi lưu hành: … bằng chữ in hoa, phông chữ Times New Roman, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm … khung hình chữ nhật viền đơn",
      "13 pt",
      pt(13, 14),
    ),
    /** Box widths the decree's sample gives: «KHẨN» 20 mm, «THƯỢNG KHẨN» 40 mm, «HỎA TỐC» 30 mm (all 8 mm high). */
    urgentWidth: vAt(
      mmToTwip(20),
      "twip",
      "nd30.stamp.box",
      "III.2",
      "con dấu các mức độ khẩn được khắc sẵn hình chữ nhật có kích thước 30 mm x 8 mm, 40 mm x 8 mm và 20 mm x 8 mm, trên đó các từ «HOẢ TỐC», «THƯỢNG KHẨN» và «KHẨN»",
    ),
    veryUrgentWidth: vAt(
      mmToTwip(40),
      "twip",
      "nd30.stamp.box",
      "III.2",
      "con dấu các mức độ khẩn được khắc sẵn hình chữ nhật có kích thước 30 mm x 8 mm, 40 mm x 8 mm và 20 mm x 8 mm, trên đó các từ «HOẢ TỐC», «THƯỢNG KHẨN» và «KHẨN»",
    ),
    expressWidth: vAt(
      mmToTwip(30),
      "twip",
      "nd30.stamp.box",
      "III.2",
      "con dấu các mức độ khẩn được khắc sẵn hình chữ nhật có kích thước 30 mm x 8 mm, 40 mm x 8 mm và 20 mm x 8 mm, trên đó các từ «HOẢ TỐC», «THƯỢNG KHẨN» và «KHẨN»",
    ),
    /** The urgency stamp's colour; the circulation stamp stays black. */
    urgencyColor: vAt(
      "FF0000",
      "font",
      "nd30.stamp.color",
      "III.2",
      "mực để đóng dấu chỉ mức độ khẩn dùng màu đỏ tươi",
    ),
    borderThickness: vAt(
      6,
      "eighth-point",
      "nd30.stamp.box",
      "III.2",
      "đặt cân đối trong khung hình chữ nhật viền đơn",
      "0.75 pt",
    ),
    spacingBefore: vAt(
      ptToTwip(6),
      "twip",
      "nd30.stamp.position",
      "III.2",
      "no words in mục III.2 on the stamp's position beyond ô số 10b under ô số 3: the SDK's choice",
      "6 pt",
    ),
  },
  /**
   * Cell 14: the address line, «Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số
   * Fax» (Điều 8, khoản 2), in page 1's footer only, under a line as wide as the text area.
   */
  contact: {
    size: vAt(
      ptToHalfPoint(11),
      "half-point",
      "nd30.contact.size",
      "III.4",
      "Các thành phần này được trình bày tại ô số 13 Mục IV Phần I Phụ lục này ở trang thứ nhất của văn bản, bằng chữ in thường, cỡ chữ từ 11 đến 12, kiểu chữ đứng, dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng trình bày văn bản",
      "11 pt",
      pt(11, 12),
    ),
    /** The full-width solid line above the address line. */
    ruleThickness: vAt(
      6,
      "eighth-point",
      "nd30.contact.rule",
      "III.4",
      "dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng trình bày văn bản",
      "0.75 pt, the width of the text area",
    ),
    /** Between the line and the text under it. */
    ruleGap: vAt(ptToTwip(2), "twip", "nd30.contact.rule", "III.4", "dưới một đường kẻ nét liền", "2 pt"),
  },
  /**
   * The organisation's digital signature on a văn bản kèm theo (mục II.8.b): not shown as an image, but as an
   * information line at the top right of the attachment's first page. The SDK prints that line; it cannot sign.
   */
  digitalSignature: {
    infoSize: vAt(
      ptToHalfPoint(10),
      "half-point",
      "nd30.digital-signature.info-size",
      "II.8.b",
      "Vị trí: Góc trên, bên phải, trang đầu của văn bản kèm theo. Hình ảnh chữ ký số của cơ quan, tổ chức: Không hiển thị. Thông tin: Số và ký hiệu văn bản; thời gian ký (ngày tháng năm; giờ phút giây; múi giờ Việt Nam theo tiêu chuẩn ISO 8601) được trình bày bằng phông chữ Times New Roman, chữ in thường, kiểu chữ đứng, cỡ chữ 10, màu đen",
      undefined,
      pt(10),
    ),
    /** The time zone the signing time is printed in: Vietnam's, UTC+07:00 (no daylight saving since 1975). */
    timeZone: vAt(
      "+07:00",
      "font",
      "nd30.digital-signature.info-time-zone",
      "II.8.b",
      "thời gian ký (ngày tháng năm; giờ phút giây; múi giờ Việt Nam theo tiêu chuẩn ISO 8601)",
    ),
    /**
     * Where a signing application puts the signer's image (blue, .png) and the seal's image over its left third: the
     * space the signature block leaves between the title and the name (`nd30Profile.signature.signatureSpace`).
     */
    signerImage: vAt(
      cmToTwip(3),
      "twip",
      "nd30.digital-signature.signer-image",
      "II.7.d",
      "hình ảnh, vị trí chữ ký số của người có thẩm quyền là hình ảnh chữ ký của người có thẩm quyền trên văn bản giấy, màu xanh, định dạng Portable Network Graphics (.png) nền trong suốt; đặt canh giữa chức vụ của người ký và họ tên người ký",
      "the 3 cm signature space",
    ),
  },
  /**
   * The «DỰ THẢO» mark of a draft, at the top of page 1. The decree defines no such mark: it is the SDK's convention
   * (common office practice) for a document that has no number yet, so its basis names no article.
   */
  draft: {
    size: {
      value: ptToHalfPoint(14),
      unit: "half-point",
      rule: "nd30.draft.mark",
      basis: {
        document: "30/2020/NĐ-CP",
        part: "none: the decree defines no «DỰ THẢO» mark",
        item: "no provision; a paper document is numbered only once signed (Điều 15, khoản 2: «việc cấp số, thời gian ban hành được thực hiện sau khi có chữ ký của người có thẩm quyền»), so a draft has no number",
        choice: "SDK convention: «DỰ THẢO», 14 pt, bold, boxed, top right",
      },
    } satisfies LayoutValue,
  },
} as const;

/**
 * The type of {@link nd30Profile}.
 *
 * @example
 * ```ts
 * const margins = (profile: Nd30Profile) => profile.page.marginTop.value;
 * ```
 */
export type Nd30Profile = typeof nd30Profile;
