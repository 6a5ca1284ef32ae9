import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { nd30Texts } from "../data/nd30Texts.ts";
import { singleSpacing } from "../docx/paragraphSpacing.ts";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { estimateTextWidth } from "../text/estimateTextWidth.ts";
import { longestLineWidth } from "../text/longestLineWidth.ts";
import { ruleParagraph } from "./ruleParagraph.ts";

/** What the header block of a công văn prints. */
export interface LetterHeaderContent {
  readonly parentBody?: string | undefined;
  readonly issuer: string;
  /** Absent for a draft. */
  readonly number?: number | undefined;
  readonly symbol: string;
  /** The place-and-date line, already formatted. */
  readonly dateLine: string;
  /** The trích yếu of a công văn, without «V/v»; a typed document prints its trích yếu in the title block instead. */
  readonly subject?: string | undefined;
  /** Urgency and circulation stamps, under the number (cells 10b and 11). */
  readonly marks?: readonly Paragraph[];
}

/** «Số: 05/BNV-VP»: numbers below 10 take a leading zero; a draft leaves the number blank. */
export const formatNumberLine = (number: number | undefined, symbol: string): string =>
  `${nd30Texts.numberPrefix}${number === undefined ? nd30Texts.draftNumber : String(number).padStart(2, "0")}/${symbol}`;

const centred = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}, before = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    ...singleSpacing(before),
    children: textRuns(text, runStyle(size, style)),
  });

/**
 * The header of a document (Phụ lục I, cells 1-4, 5b, 10b and 11): a borderless two-column table. Left: parent
 * body, issuing body with a short line under it, «Số: …», «V/v …» for a công văn, then any urgency and circulation
 * stamps; right: Quốc hiệu, Tiêu ngữ with a line as long as itself, and the date line on the same row as «Số».
 */
export const letterHeader = (content: LetterHeaderContent): Table => {
  const { header, page } = nd30Profile;
  const margin = header.cellMarginSide.value;
  const leftWidth = header.leftColumnWidth.value;
  const rightWidth = header.rightColumnWidth.value;
  const leftAvailable = leftWidth - 2 * margin;
  const rightAvailable = rightWidth - 2 * margin;

  const issuerStyle = { size: header.issuer.size.value, bold: true };
  const issuerLine = Math.round(
    (longestLineWidth(content.issuer, leftAvailable, issuerStyle) * header.issuer.ruleShare.value) / 100,
  );
  const mottoLine = estimateTextWidth(nd30Texts.motto, { size: header.motto.size.value, bold: true });

  const bodies = [
    ...(content.parentBody === undefined ? [] : [centred(content.parentBody, header.parentBody.size.value)]),
    centred(content.issuer, header.issuer.size.value, { bold: true }),
    ruleParagraph(issuerLine, leftAvailable),
  ];
  const nation = [
    centred(nd30Texts.nationalTitle, header.nationalTitle.size.value, { bold: true }),
    centred(nd30Texts.motto, header.motto.size.value, { bold: true }),
    ruleParagraph(mottoLine, rightAvailable),
  ];
  const numberAndSubject = [
    centred(
      formatNumberLine(content.number, content.symbol),
      header.number.size.value,
      {},
      header.number.spacingBefore.value,
    ),
    ...(content.subject === undefined
      ? []
      : [
          centred(
            `${nd30Texts.subjectPrefix}${content.subject}`,
            header.subject.size.value,
            {},
            header.subject.spacingBefore.value,
          ),
        ]),
    ...(content.marks ?? []),
  ];
  const dateLine = [
    centred(content.dateLine, header.dateLine.size.value, { italics: true }, header.number.spacingBefore.value),
  ];

  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
  const row = (left: Paragraph[], right: Paragraph[]) =>
    new TableRow({
      cantSplit: true,
      height: { value: 0, rule: HeightRule.AUTO },
      children: [cell(left, leftWidth), cell(right, rightWidth)],
    });

  return new Table({
    width: { size: page.textWidth.value, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: margin, right: margin, top: 0, bottom: 0 },
    rows: [row(bodies, nation), row(numberAndSubject, dateLine)],
  });
};
