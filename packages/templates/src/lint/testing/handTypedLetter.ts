import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** What a test may change in {@link handTypedLetter}; every default gives a letter that lints clean. */
export interface HandTypedOptions {
  /** The document's font, set once in `docDefaults` as Word's «Set as default» does. */
  readonly font?: string;
  /** The body size in half-points, set in `docDefaults`. */
  readonly bodySize?: number;
  readonly page?: { readonly width: number; readonly height: number };
  readonly margins?: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** A PAGE field in the default header and no title page: a number shown on page 1. */
  readonly pageNumberOnFirstPage?: boolean;
  readonly nationalTitle?: string;
  readonly motto?: string;
  readonly numberLine?: string;
  readonly dateLine?: string;
  /** «Nơi nhận:» through the `NoiNhan` paragraph style: bold italic 12 pt unless changed here. */
  readonly copiesHeading?: { readonly bold?: boolean; readonly italics?: boolean; readonly size?: number };
  readonly copiesSize?: number;
  readonly copies?: readonly string[];
  /** Leave out the «Nơi nhận» block. */
  readonly noCopies?: boolean;
  /** Add a landscape section after the letter, holding a table or only text: part of the letter's body. */
  readonly landscapeSection?: "table" | "text";
  /**
   * Make that landscape section a separate appendix: opened by a «Phụ lục» heading as the decree prints one, or only
   * restarting the page numbers at 1.
   */
  readonly landscapeAppendix?: "heading" | "numbering";
  /** Type the header without a table: «Số» and the date on one line, separated by tabs. */
  readonly headerWithTabs?: boolean;
  /**
   * What is typed: a công văn (the default); a regulation issued with a decision, with its Quốc hiệu and issuing
   * body but no number, date line or «Nơi nhận»; or an appendix, with none of these.
   */
  readonly kind?: "letter" | "attachment" | "appendix";
  /**
   * A decision instead of a công văn (no «Kính gửi», «Nơi nhận» opening «- Như Điều 3;»), followed by an appendix
   * holding a form with its own «Kính gửi» and a table whose cell reads «Số card mạng/số IP».
   */
  readonly decisionWithForm?: boolean;
  /** The text of the «Nơi nhận» heading's paragraph: «Nơi nhận:» unless changed here. */
  readonly copiesHeadingText?: string;
  /** «Nơi nhận» and its list typed in one paragraph, the lines separated by line breaks (Shift+Enter). */
  readonly copiesWithBreaks?: boolean;
  /** The colour of a run of the body: «FF0000». */
  readonly bodyColor?: string;
  /** Where the page numbers go: in the header, centred, from page 2 (the default); nowhere; in the footer, right. */
  readonly pageNumber?: "header" | "none" | "footer-right";
  /** An even-page footer whose page number is typed in this font; Word shows it only with `evenAndOddHeaders`. */
  readonly evenFooterFont?: string;
  readonly evenAndOddHeaders?: boolean;
}

const a4 = { width: 11906, height: 16838 };
const decreeMargins = { top: 1134, bottom: 1134, left: 1701, right: 850 };

const centred = (text: string, run: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...run })] });

/** A justified paragraph of `children`, its first line indented `firstLine` twips when given. */
const justified = (children: TextRun[], firstLine?: number) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...(firstLine === undefined ? {} : { indent: { firstLine } }),
    children,
  });

const cell = (children: Paragraph[], width: number) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children });

/** A borderless table as wide as the text, its columns `widths` twips wide: how the header and signature are typed. */
const borderless = (widths: readonly number[], rows: TableRow[]) =>
  new Table({
    width: { size: 9355, type: WidthType.DXA },
    columnWidths: [...widths],
    borders: TableBorders.NONE,
    rows,
  });

/** The signer's title and name, centred and bold. */
const signer = () => [centred("CHỦ TỊCH", { bold: true }), centred("Nguyễn Văn A", { bold: true })];

/**
 * A công văn laid out the way a clerk types one in Word, built with the `docx` library: font and body size
 * inherited from `docDefaults`, a `NoiNhan` paragraph style, borderless header and signature tables, page numbers
 * from page 2. Each option breaks one rule; with none, the letter is right.
 */
export const handTypedLetter = async (options: HandTypedOptions = {}): Promise<Uint8Array> => {
  const nationalTitle = options.nationalTitle ?? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  const motto = options.motto ?? "Độc lập - Tự do - Hạnh phúc";
  const numberLine = options.numberLine ?? "Số: 125/UBND-VX";
  const dateLine = options.dateLine ?? "Hà Nội, ngày 15 tháng 9 năm 2020";
  const headingStyle = { bold: true, italics: true, size: 24, ...options.copiesHeading };
  /** The header's borderless table: the issuing body beside the Quốc hiệu and Tiêu ngữ, then `rows`. */
  const headerTable = (rows: TableRow[]) =>
    borderless(
      [3555, 5800],
      [
        new TableRow({
          children: [
            cell([centred("ỦY BAN NHÂN DÂN", { size: 24 }), centred("QUẬN BA ĐÌNH", { bold: true, size: 24 })], 3555),
            cell([centred(nationalTitle, { bold: true, size: 24 }), centred(motto, { bold: true, size: 26 })], 5800),
          ],
        }),
        ...rows,
      ],
    );

  const header = options.headerWithTabs
    ? [
        new Paragraph({
          children: [
            new TextRun({ text: "ỦY BAN NHÂN DÂN\t", bold: true, size: 24 }),
            new TextRun({ text: nationalTitle, bold: true, size: 24 }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: `QUẬN BA ĐÌNH\t${motto}`, bold: true, size: 26 })] }),
        new Paragraph({
          children: [
            new TextRun({ text: `${numberLine}\t`, size: 26 }),
            new TextRun({ text: dateLine, italics: true, size: 26 }),
          ],
        }),
      ]
    : [
        headerTable([
          new TableRow({
            children: [
              cell(
                [centred(numberLine, { size: 26 }), centred("V/v hưởng ứng Tuần lễ học tập suốt đời", { size: 24 })],
                3555,
              ),
              cell([centred(dateLine, { italics: true, size: 26 })], 5800),
            ],
          }),
        ]),
      ];

  const kinhGui = options.decisionWithForm
    ? []
    : [
        new Paragraph({
          indent: { left: 1134 },
          children: [new TextRun("Kính gửi: Các trường trung học cơ sở trên địa bàn.")],
        }),
      ];
  const body = [
    ...kinhGui,
    justified(
      [new TextRun("Thực hiện Công văn số 3589/BGDĐT-GDTX, Ủy ban nhân dân quận đề nghị các trường tổ chức Tuần lễ.")],
      567,
    ),
    justified(
      [
        new TextRun({ text: "1. Mục đích, yêu cầu", bold: true }),
        new TextRun({
          text: " của Tuần lễ.",
          ...(options.bodyColor === undefined ? {} : { color: options.bodyColor }),
        }),
      ],
      567,
    ),
  ];

  const copies = options.copies ?? [options.decisionWithForm ? "- Như Điều 3;" : "- Như trên;", "- Lưu: VT, VX."];
  const heading = (text: string) =>
    new TextRun({
      text,
      ...(headingStyle.bold ? {} : { bold: false }),
      ...(headingStyle.italics ? {} : { italics: false }),
      ...(headingStyle.size === 24 ? {} : { size: headingStyle.size }),
    });
  const copiesBlock = options.copiesWithBreaks
    ? [
        new Paragraph({
          style: "NoiNhan",
          children: [
            heading("Nơi nhận:"),
            ...copies.map(
              (line) =>
                new TextRun({ text: line, break: 1, bold: false, italics: false, size: options.copiesSize ?? 22 }),
            ),
          ],
        }),
      ]
    : [
        new Paragraph({ style: "NoiNhan", children: [heading(options.copiesHeadingText ?? "Nơi nhận:")] }),
        ...copies.map(
          (line) => new Paragraph({ children: [new TextRun({ text: line, size: options.copiesSize ?? 22 })] }),
        ),
      ];
  const signature = options.noCopies
    ? signer()
    : [borderless([4116, 5239], [new TableRow({ children: [cell(copiesBlock, 4116), cell(signer(), 5239)] })])];

  const issuedWith = [
    headerTable([]),
    centred("QUY CHẾ", { bold: true }),
    centred("Tổ chức Tuần lễ hưởng ứng học tập suốt đời", { bold: true }),
    centred("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15 tháng 9 năm 2020 của Ủy ban nhân dân quận Ba Đình)", {
      italics: true,
    }),
    justified([new TextRun({ text: "Điều 1. Phạm vi điều chỉnh", bold: true })]),
    ...body.slice(-2),
    centred("TM. ỦY BAN NHÂN DÂN", { bold: true }),
    centred("CHỦ TỊCH", { bold: true }),
    centred("Nguyễn Văn A", { bold: true }),
  ];
  const appendix = [
    centred("Phụ lục I", { bold: true }),
    centred("DANH SÁCH CÁC TRƯỜNG THAM GIA", { bold: true }),
    centred("(Kèm theo Công văn số 125/UBND-VX ngày 15 tháng 9 năm 2020 của Ủy ban nhân dân quận Ba Đình)", {
      italics: true,
    }),
    ...body.slice(-2),
  ];
  const form = options.decisionWithForm
    ? [
        {
          properties: { page: { size: a4, margin: decreeMargins } },
          children: [
            centred("Phụ lục", { bold: true }),
            centred("MẪU ĐĂNG KÝ", { bold: true }),
            new Paragraph({ children: [new TextRun("Kính gửi: Phòng Giáo dục và Đào tạo.")] }),
            new Table({
              rows: [
                new TableRow({
                  children: [cell([new Paragraph("Số card mạng/số IP")], 4000), cell([new Paragraph("")], 4000)],
                }),
              ],
            }),
          ],
        },
      ]
    : [];
  const children =
    options.kind === "attachment"
      ? issuedWith
      : options.kind === "appendix"
        ? appendix
        : [...header, ...body, ...signature];

  const page = options.page ?? a4;
  const landscape =
    options.landscapeSection === undefined
      ? []
      : [
          {
            properties: {
              page: {
                size: { width: a4.width, height: a4.height, orientation: PageOrientation.LANDSCAPE },
                margin: { top: 1701, bottom: 850, left: 1134, right: 1134 },
                ...(options.landscapeAppendix === "numbering" ? { pageNumbers: { start: 1 } } : {}),
              },
            },
            children: [
              ...(options.landscapeAppendix === "heading"
                ? [
                    centred("Phụ lục", { bold: true }),
                    centred("BẢNG TỔNG HỢP KẾT QUẢ", { bold: true }),
                    centred("(Kèm theo Công văn số 125/UBND-VX ngày 15 tháng 9 năm 2020 của UBND quận Ba Đình)", {
                      italics: true,
                    }),
                  ]
                : []),
              ...(options.landscapeSection === "table"
                ? [
                    new Table({
                      rows: [
                        new TableRow({
                          children: [cell([new Paragraph("Bảng tổng hợp")], 5000), cell([new Paragraph("12")], 5000)],
                        }),
                      ],
                    }),
                  ]
                : [justified([new TextRun("Nội dung trình bày ngang.")])]),
            ],
          },
        ];

  const numbered = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) => ({
    children: [new Paragraph({ alignment, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
  const pageNumber = new Header(numbered(AlignmentType.CENTER));
  const blank = { children: [new Paragraph({})] };
  const numbers =
    options.pageNumber === "none"
      ? { headers: { default: new Header(blank) } }
      : options.pageNumber === "footer-right"
        ? { footers: { default: new Footer(numbered(AlignmentType.RIGHT)), first: new Footer(blank) } }
        : {
            headers: options.pageNumberOnFirstPage
              ? { default: pageNumber }
              : { default: pageNumber, first: new Header(blank) },
          };
  const evenFooter =
    options.evenFooterFont === undefined
      ? {}
      : {
          footers: {
            even: new Footer({
              children: [new Paragraph({ children: [new TextRun({ text: "1", font: options.evenFooterFont })] })],
            }),
          },
        };
  const document = new Document({
    ...(options.evenAndOddHeaders ? { evenAndOddHeaderAndFooters: true } : {}),
    styles: {
      default: { document: { run: { font: options.font ?? "Times New Roman", size: options.bodySize ?? 28 } } },
      paragraphStyles: [
        { id: "NoiNhan", name: "Nơi nhận", basedOn: "Normal", run: { bold: true, italics: true, size: 24 } },
      ],
    },
    sections: [
      {
        properties: {
          ...(options.pageNumberOnFirstPage ? {} : { titlePage: true }),
          page: { size: page, margin: options.margins ?? decreeMargins },
        },
        ...numbers,
        ...evenFooter,
        children,
      },
      ...form,
      ...landscape,
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
};

/** `docx` with each part `edit` changes rewritten, the others kept. */
export const editParts = (docx: Uint8Array, edit: (name: string, xml: string) => string | undefined): Uint8Array => {
  const files = unzipSync(docx);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    const changed = name.endsWith(".xml") || name.endsWith(".rels") ? edit(name, strFromU8(data)) : undefined;
    out[name] = changed === undefined ? data : strToU8(changed);
  }
  return zipSync(out);
};

/** `docx` with the page count Word saves in `docProps/app.xml`, as if it ran to `pages` pages. */
export const withPageCount = (docx: Uint8Array, pages: number): Uint8Array =>
  editParts(docx, (name, xml) =>
    name === "docProps/app.xml"
      ? xml.replace(/<Properties([^>]*)\/>/u, `<Properties$1><Pages>${pages}</Pages></Properties>`)
      : undefined,
  );
