import type { CsvFailureCode } from "./csvFailureCodes.ts";

/**
 * Lines of a CSV of reports that are no report: where they are (lines and columns from 1), why as a stable `code`
 * with its figures in `params`, and a `message` in the language asked for.
 *
 * @example
 * ```ts
 * import { type CsvFailure, readReportsCsv } from "@xhht/domain/csv";
 * const failure: CsvFailure | undefined = readReportsCsv('year,province\n2025,"01\n2025,02\n', { lang: "en" })
 *   .failures[0];
 * failure?.code; // "csv.quote"
 * failure?.line; // 2
 * failure?.column; // 6
 * failure?.message; // "a quote breaks the row (never closed, or closed before its cell ends): line 2 not read"
 * ```
 */
export interface CsvFailure {
  /** The line the failure starts on. */
  readonly line: number;
  /** The last line it spoils, when it spoils more than its own (`csv.quote`, `csv.syntax`). */
  readonly lastLine?: number;
  /** The column (a character of the line for a quote, a column of the header for `csv.unknown-column`). */
  readonly column?: number;
  readonly code: CsvFailureCode;
  /** The figures of the message: `reason`, `found` and `expected`, `name` or `header`, as the code says. */
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}
