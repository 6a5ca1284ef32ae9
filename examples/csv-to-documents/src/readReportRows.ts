import { readFile } from "node:fs/promises";
import type { Language } from "@xhht/domain";
import { type CsvFailure, type CsvReportRecord, readReportsCsv } from "@xhht/domain/csv";
import { CsvToDocumentsError } from "./CsvToDocumentsError.ts";

/** Where a data row of the CSV is among the file's data rows, read or not: what `xhht` numbers and names them by. */
interface RowPlace {
  /** 0-based position among the data rows. */
  readonly index: number;
  /** How many data rows the file has. */
  readonly count: number;
}

/** A row read into a report by `readReportsCsv` (its line, report input and `columnOf`), placed among the rows. */
export interface ReportRow extends CsvReportRecord, RowPlace {
  /** The header's name of the column a path of the report comes from, when one does. */
  readonly fieldOf: (path: readonly (string | number)[]) => string | undefined;
}

/** Lines that are no report (a broken quote, a wrong number of cells), with their stable `csv.*` code and message. */
export type UnreadableRow = CsvFailure & RowPlace;

/** The rows of a CSV of reports: those read into a report, and those that could not be read. */
export interface ReportRows {
  /** The file as shown in messages. */
  readonly file: string;
  readonly rows: readonly ReportRow[];
  readonly unreadable: readonly UnreadableRow[];
}

/** Failures of the header, which spoil the whole file: `xhht` refuses such a file too. */
const headerCodes: ReadonlySet<string> = new Set(["csv.header-unreadable", "csv.no-header", "csv.unknown-column"]);

/**
 * Reads a CSV of reports, one per row, with `readReportsCsv` of `@xhht/domain/csv`, the reader of `xhht` itself, so
 * the columns mean exactly what they mean to `xhht validate` and `xhht generate --batch`: see docs/cli.md, «The CSV
 * of reports». The rows are numbered as `xhht` numbers them, the unreadable ones included. Throws a
 * {@link CsvToDocumentsError} when the header cannot be read or names a column no report has.
 *
 * @example
 * ```ts
 * const { rows, unreadable } = await readReportRows("data/communes.csv", { lang: "en" });
 * rows[0]?.line; // 2: the header is line 1
 * ```
 */
export const readReportRows = async (path: string, options: { readonly lang: Language }): Promise<ReportRows> => {
  const text = await readFile(path, "utf8");
  const read = readReportsCsv(text, {
    lang: options.lang,
    ...(path.toLowerCase().endsWith(".tsv") ? { delimiter: "\t" as const } : {}),
  });
  const header = read.failures.find((failure) => headerCodes.has(failure.code));
  if (header !== undefined) {
    const where = [path, header.line, header.column].filter((part) => part !== undefined).join(":");
    throw new CsvToDocumentsError(`${where}: ${header.code}: ${header.message}`);
  }
  const all = [...read.records, ...read.failures].sort((a, b) => a.line - b.line);
  const count = all.length;
  const rows: ReportRow[] = [];
  const unreadable: UnreadableRow[] = [];
  all.forEach((entry, index) => {
    if ("value" in entry) {
      const fieldOf = (at: readonly (string | number)[]) => {
        const column = entry.columnOf(at);
        return column === undefined ? undefined : read.columns[column - 1];
      };
      rows.push({ line: entry.line, value: entry.value, columnOf: entry.columnOf, fieldOf, index, count });
    } else {
      unreadable.push({ ...entry, index, count });
    }
  });
  return { file: path, rows, unreadable };
};
