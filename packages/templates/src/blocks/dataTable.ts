import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { estimateTextWidth } from "../text/estimateTextWidth.ts";
import { fitColumnWidths } from "./fitColumnWidths.ts";

/** How a column's text is aligned. */
export type CellAlignment = "left" | "center" | "right";

/** One column: its heading and its share of the table's width. */
export interface TableColumn {
  readonly header: string;
  /** Relative width: the columns share the table's width in proportion to their weights. */
  readonly weight: number;
  readonly align?: CellAlignment;
}

/** A cell with more than text: bold (a total row), its own alignment, spanning columns or rows. */
export interface TableCellSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly align?: CellAlignment;
  readonly columnSpan?: number;
  /** The cell covers this many rows; the rows below leave it out. */
  readonly rowSpan?: number;
}

export type TableCellInput = string | TableCellSpec;

/** What {@link dataTable} lays out. */
export interface DataTableOptions {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCellInput[])[];
  /** The table's width in twips: the portrait text width when absent. */
  readonly width?: number;
  /** Half-points: the profile's table size when absent. */
  readonly size?: number;
}

/**
 * The narrowest each column may be: its longest word, in the header (bold) or in a cell of a row without spans,
 * plus the cell's side margins and a small allowance for the estimate.
 */
const minimumWidths = (options: DataTableOptions, size: number, margins: number): number[] =>
  options.columns.map((column, index) => {
    const cells: TableCellSpec[] = [
      { text: column.header, bold: true },
      ...options.rows.flatMap((row) => {
        const input = row.length === options.columns.length ? row[index] : undefined;
        return input === undefined ? [] : [typeof input === "string" ? { text: input } : input];
      }),
    ];
    const longest = Math.max(
      0,
      ...cells.flatMap((cell) =>
        cell.text.split(/\s+/u).map((word) => estimateTextWidth(word, { size, bold: cell.bold ?? false })),
      ),
    );
    return Math.ceil(longest * 1.05) + margins;
  });

const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * A bordered table for the body or an appendix (activities, measures, budget lines, provinces): single borders
 * all round and inside, a bold centred header row that Word repeats at the top of every page, rows that don't
 * split across pages, column widths fitting the text width exactly (fixed layout).
 */
export const dataTable = (options: DataTableOptions): Table => {
  const { table, page } = nd30Profile;
  const width = options.width ?? page.textWidth.value;
  const size = options.size ?? table.size.value;
  const widths = fitColumnWidths(
    options.columns.map((column) => column.weight),
    minimumWidths(options, size, 2 * table.cellMarginSide.value),
    width,
  );
  const border = { style: BorderStyle.SINGLE, size: table.borderThickness.value, color: nd30Profile.font.color.value };

  const cell = (input: TableCellInput, columnIndex: number, header: boolean) => {
    const spec: TableCellSpec = typeof input === "string" ? { text: input } : input;
    const span = spec.columnSpan ?? 1;
    const cellWidth = widths.slice(columnIndex, columnIndex + span).reduce((a, b) => a + b, 0);
    const align = header ? "center" : (spec.align ?? options.columns[columnIndex]?.align ?? "left");
    return new TableCell({
      width: { size: cellWidth, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(spec.rowSpan !== undefined && spec.rowSpan > 1 ? { rowSpan: spec.rowSpan } : {}),
      children: [
        new Paragraph({
          ...(align === "left" ? {} : { alignment: alignments[align] }),
          children: textRuns(spec.text, runStyle(size, { bold: header || (spec.bold ?? false) })),
        }),
      ],
    });
  };

  // Cells under a row span are left out of the rows below: track which columns each row starts at.
  const covered = new Map<number, number>();
  const bodyRows = options.rows.map((row) => {
    let column = 0;
    const cells = row.map((input) => {
      while ((covered.get(column) ?? 0) > 0) column += 1;
      const made = cell(input, column, false);
      const spec = typeof input === "string" ? { text: input } : input;
      const span = spec.columnSpan ?? 1;
      if (spec.rowSpan !== undefined && spec.rowSpan > 1) {
        for (let c = column; c < column + span; c += 1) covered.set(c, spec.rowSpan);
      }
      column += span;
      return made;
    });
    for (const [c, left] of covered) {
      covered.set(c, left - 1);
    }
    return new TableRow({ cantSplit: true, children: cells });
  });

  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    margins: {
      left: table.cellMarginSide.value,
      right: table.cellMarginSide.value,
      top: table.cellMarginVertical.value,
      bottom: table.cellMarginVertical.value,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: options.columns.map((column, index) => cell(column.header, index, true)),
      }),
      ...bodyRows,
    ],
  });
};
