import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { nd30Texts } from "./data/nd30Texts.ts";
import { listItemText } from "./listItemText.ts";
import { nd30Profile } from "./nd30Profile.ts";
import { singleSpacing } from "./paragraphSpacing.ts";
import { runStyle } from "./runStyle.ts";
import { textRuns } from "./safeText.ts";

/** What the signature block prints. */
export interface SignatureContent {
  /** «KT.», «TM.», …; absent when the head signs. */
  readonly authority?: string | undefined;
  /** Whom the authority acts for: «BỘ TRƯỞNG». */
  readonly actingFor?: string | undefined;
  readonly title: string;
  readonly name: string;
  /** «Nơi nhận» lines without «- » and final punctuation. */
  readonly copies: readonly string[];
  /** The drafter's initials and copies issued, «PL.(300)», printed under the list (cell 12). */
  readonly drafterLine?: string | undefined;
}

/**
 * The signature block (Phụ lục I, cells 7a-7c and 9b): a borderless two-column table. Left: «Nơi nhận:» in bold
 * italic and one «- …;» line per copy, the last ending «.»; right, centred and bold: authority and title, the
 * signing space (paragraph spacing, not empty paragraphs), the signer's name.
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

  const titleLines = [
    ...(content.authority === undefined ? [] : [`${content.authority} ${content.actingFor ?? ""}`.trim()]),
    content.title,
  ];
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
