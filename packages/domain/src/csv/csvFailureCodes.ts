/**
 * The codes of the failures {@link readReportsCsv} returns, one per way a line of a CSV of reports can fail to be
 * read; the text of a failure is its `message`, in the language asked for, and its figures are in `params`:
 *
 * - `csv.quote`: a quote breaks the record (never closed, or closed before its cell ends); `column` is the quote;
 *   the lines from `line` to `lastLine` are not read, the rows after them are. `params.reason`: the parser's words.
 * - `csv.syntax`: lines the parser cannot read for another reason (`params.reason`), from `line` to `lastLine`.
 * - `csv.row-length`: a row with another number of cells than the header (`params.found`, `params.expected`).
 * - `csv.unknown-column`: a column of the header row that is no column of a report (`params.name`; `column`). The
 *   rows are still read, that column left out of every report.
 * - `csv.header-unreadable`: the header row itself cannot be read (`params.reason`; `column` for a quote).
 * - `csv.no-header`: a line not read because the header row (line `params.header`) cannot be read.
 *
 * @example
 * ```ts
 * import { csvFailureCodes, readReportsCsv } from "@xhht/domain/csv";
 * csvFailureCodes.rowLength; // "csv.row-length"
 * readReportsCsv("year,province\n2025,01,x\n").failures[0]?.code === csvFailureCodes.rowLength; // true
 * ```
 */
export const csvFailureCodes = {
  quote: "csv.quote",
  syntax: "csv.syntax",
  rowLength: "csv.row-length",
  unknownColumn: "csv.unknown-column",
  headerUnreadable: "csv.header-unreadable",
  noHeader: "csv.no-header",
} as const;

/**
 * One of {@link csvFailureCodes}.
 *
 * @example
 * ```ts
 * import type { CsvFailureCode } from "@xhht/domain/csv";
 * const code: CsvFailureCode = "csv.row-length";
 * code; // "csv.row-length"
 * ```
 */
export type CsvFailureCode = (typeof csvFailureCodes)[keyof typeof csvFailureCodes];
