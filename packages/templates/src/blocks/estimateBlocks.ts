import { type EstimateLine, moneyInWords } from "@xhht/domain";
import type { FileChild } from "docx";
import { documentWording } from "../data/documentWording.ts";
import { formatInteger } from "../text/formatNumbers.ts";
import { dataTable } from "./dataTable.ts";
import { bulletList, structuredBody } from "./structuredBody.ts";

/** What {@link estimateBlocks} prints: a dự toán's lines, its stated total and its notes. */
export interface EstimateBlocksContent {
  readonly lines: readonly EstimateLine[];
  readonly total: number;
  readonly notes: readonly string[];
}

const { columns } = documentWording;

/**
 * A dự toán kinh phí as printed, in a standalone estimate or in an appendix: a table of lines (item, unit, quantity,
 * unit price, amount; the funding source after the item when given) with a bold total row, «Bằng chữ: …» (the total
 * in words) in italics, then any notes.
 */
export const estimateBlocks = (estimate: EstimateBlocksContent): FileChild[] => [
  dataTable({
    columns: [
      { header: columns.number, weight: 7, align: "center" },
      { header: columns.item, weight: 35 },
      { header: columns.unit, weight: 11, align: "center" },
      { header: columns.quantity, weight: 10, align: "right" },
      { header: columns.unitPrice, weight: 17, align: "right" },
      { header: columns.lineAmount, weight: 20, align: "right" },
    ],
    rows: [
      ...estimate.lines.map((line, index) => [
        String(index + 1),
        line.source === undefined ? line.item : `${line.item} (${documentWording.fundingSources[line.source]})`,
        line.unit,
        formatInteger(line.quantity),
        formatInteger(line.unitPrice),
        formatInteger(line.amount),
      ]),
      [
        { text: documentWording.totalRow, bold: true, align: "center", columnSpan: 5 },
        { text: formatInteger(estimate.total), bold: true },
      ],
    ],
  }),
  ...structuredBody([
    { type: "paragraph", text: `${documentWording.amountInWords}${moneyInWords(estimate.total)}.`, italics: true },
  ]),
  ...(estimate.notes.length === 0 ? [] : bulletList(estimate.notes)),
];
