/**
 * The reader of a CSV of reports (a province's, or its communes' with a `commune` column), one report per row, as
 * the `xhht` command reads a `.csv` file, for a program of your own: it takes the text, not a file, so it runs in a
 * browser as well as in Node. Apart from the main entry so that a bundle that reads no CSV does not carry the CSV
 * parser. Import it from `@xhht/domain/csv`.
 *
 * @example
 * ```ts
 * import { csvFailureCodes, csvReportColumns, readReportsCsv } from "@xhht/domain/csv";
 * ```
 *
 * @module csv
 */
export type { CsvFailure } from "./csv/CsvFailure.ts";
export type { CsvReportRecord } from "./csv/CsvReportRecord.ts";
export { type CsvFailureCode, csvFailureCodes } from "./csv/csvFailureCodes.ts";
export { csvReportColumns } from "./csv/csvReportColumns.ts";
export type { ReadReportsCsvOptions } from "./csv/ReadReportsCsvOptions.ts";
export type { ReportsCsv } from "./csv/ReportsCsv.ts";
export { readReportsCsv } from "./csv/readReportsCsv.ts";
