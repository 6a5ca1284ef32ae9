import type { CsvFailure } from "./CsvFailure.ts";
import type { CsvReportRecord } from "./CsvReportRecord.ts";

/**
 * What {@link readReportsCsv} reads from a CSV of reports: the names of the header's columns (`columns[0]` is
 * column 1), the rows read as reports, and the lines that could not be; every line that is not blank is in one of
 * them, or is the header.
 *
 * @example
 * ```ts
 * import { type ReportsCsv, readReportsCsv } from "@xhht/domain/csv";
 * const read: ReportsCsv = readReportsCsv("province;year\n01;2025\n02\n", { delimiter: ";" });
 * read.columns; // ["province", "year"]
 * read.records.map((record) => record.value); // [{ province: "01", year: 2025, activities: [] }]
 * read.failures.map((failure) => failure.code); // ["csv.row-length"]
 * ```
 */
export interface ReportsCsv {
  readonly columns: readonly string[];
  readonly records: readonly CsvReportRecord[];
  readonly failures: readonly CsvFailure[];
}
