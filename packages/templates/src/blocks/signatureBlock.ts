import type { SigningAuthorityLine } from "@xhht/domain";
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { nd30Texts } from "../data/nd30Texts.ts";
import { singleSpacing } from "../docx/paragraphSpacing.ts";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { listItemText } from "../text/listItemText.ts";

/**
 * What the signature block prints.
 *
 * @example
 * ```ts
 * const content: SignatureContent = {
 *   authority: [{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }, { kind: "KT", title: "CHỦ TỊCH" }],
 *   title: "PHÓ CHỦ TỊCH",
 *   name: "Trần Văn B",
 *   copies: ["Như trên", "Lưu: VT, VP5"],
 * };
 * ```
 */
export interface SignatureContent {
  /**
   * The authority lines above the title, top line first: `[{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }, { kind: "KT",
   * title: "CHỦ TỊCH" }]`; absent or empty when the head signs. A string is the deprecated single prefix («KT.»),
   * printed before `actingFor`.
   */
  readonly authority?: readonly SigningAuthorityLine[] | string | undefined;
  /**
   * Whom a single-prefix authority acts for: «BỘ TRƯỞNG».
   *
   * @deprecated Give `authority` as lines: `[{ kind: "KT", title: "BỘ TRƯỞNG" }]`.
   */
  readonly actingFor?: string | undefined;
  readonly title: string;
  readonly name: string;
  /** «Nơi nhận» lines without «- » and final punctuation. */
  readonly copies: readonly string[];
  /** The drafter's initials and copies issued, «PL.(300)», printed under the list (cell 12). */
  readonly drafterLine?: string | undefined;
}

/** The printed authority lines, «TM. ỦY BAN NHÂN DÂN», «KT. CHỦ TỊCH», from either form of `authority`. */
const authorityLines = (content: SignatureContent): string[] => {
  const { authority } = content;
  if (authority === undefined) return [];
  if (typeof authority === "string") return [`${authority} ${content.actingFor ?? ""}`.trim()];
  return authority.map((line) => `${line.kind}. ${line.kind === "TM" ? line.body : line.title}`);
};

/**
 * The signature block (Phụ lục I, cells 7a-7c and 9b): a borderless two-column table. Left: «Nơi nhận:» in bold
 * italic and one «- …;» line per copy, the last ending «.»; right, centred, upper case and bold (Phụ lục I, Phần I,
 * mục II.7.đ: «các chữ viết tắt quyền hạn như: "TM.", "Q.", "KT.", "TL.", "TUQ." và quyền hạn chức vụ của người ký
 * được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm»): each authority line, the title, the
 * signing space (paragraph spacing, not empty paragraphs), the signer's name.
 *
 * @example
 * ```ts
 * const table = signatureBlock({
 *   authority: [{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }, { kind: "KT", title: "CHỦ TỊCH" }],
 *   title: "PHÓ CHỦ TỊCH",
 *   name: "Trần Văn B",
 *   copies: ["Như trên", "Lưu: VT, VP5"],
 * });
 * ```
 */
export const signatureBlock = (content: SignatureContent): Table => {
  const { signature, page } = nd30Profile;
  const leftWidth = signature.leftColumnWidth.value;
  const rightWidth = signature.rightColumnWidth.value;
  const before = signature.spacingBefore.value;

  const copies = [
    new Paragraph({
      ...singleSpacing(before),
      children: textRuns(
        nd30Texts.copiesLabel,
        runStyle(signature.copiesHeadingSize.value, { bold: true, italics: true }),
      ),
    }),
    ...content.copies.map(
      (copy, index) =>
        new Paragraph({
          children: textRuns(
            `${nd30Texts.listDash}${listItemText(copy, index === content.copies.length - 1)}`,
            runStyle(signature.copiesSize.value),
          ),
        }),
    ),
    ...(content.drafterLine === undefined
      ? []
      : [
          new Paragraph({
            children: textRuns(content.drafterLine, runStyle(signature.drafterSize.value)),
          }),
        ]),
  ];

  const titleLines = [...authorityLines(content), content.title].map((line) => line.toLocaleUpperCase("vi"));
  const signer = [
    ...titleLines.map(
      (line, index) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          ...singleSpacing(index === 0 ? before : 0),
          children: textRuns(line, runStyle(signature.authoritySize.value, { bold: true })),
        }),
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      ...singleSpacing(signature.signatureSpace.value),
      children: textRuns(content.name, runStyle(signature.nameSize.value, { bold: true })),
    }),
  ];

  return new Table({
    width: { size: page.textWidth.value, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: {
      left: nd30Profile.header.cellMarginSide.value,
      right: nd30Profile.header.cellMarginSide.value,
      top: 0,
      bottom: 0,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: leftWidth, type: WidthType.DXA }, children: copies }),
          new TableCell({ width: { size: rightWidth, type: WidthType.DXA }, children: signer }),
        ],
      }),
    ],
  });
};
