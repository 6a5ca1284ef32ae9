import { type Language, type NationalSummary, summarizeReports } from "@xhht/domain";
import { directiveFor } from "./checkRow.ts";
import { type RowIssue, rowIssueOf } from "./RowIssue.ts";
import type { ReportRow } from "./readReportRows.ts";

/** The national summary of a CSV's rows, and the valid rows it does not count (another year, a province twice). */
export interface RowsSummary {
  readonly summary: NationalSummary;
  readonly notCounted: readonly RowIssue[];
}

/**
 * Sums the rows up with `summarizeReports`: every row's report goes in, so every row ends in the summary's `rows`,
 * `rejected` (invalid, or of another year) or `duplicates`. `summarizeReports` counts one report per province (the
 * earliest sent): a second row of the same province is written as a document but not added to the totals, and is
 * returned in `notCounted` with the rule `summary.duplicate`, never dropped silently.
 *
 * @example
 * ```ts
 * const { summary, notCounted } = summarizeRows(rows, { year: 2020, lang: "en" });
 * summary.totals.participants;
 * ```
 */
export const summarizeRows = (
  rows: readonly ReportRow[],
  options: { readonly year: number; readonly lang: Language },
): RowsSummary => {
  const directive = directiveFor(options.year);
  const summary = summarizeReports(
    rows.map((row) => row.value),
    directive === undefined ? options : { ...options, directive },
  );
  const notCounted = summary.issues.flatMap((issue): RowIssue[] => {
    const [index, ...path] = issue.path;
    const row = typeof index === "number" ? rows[index] : undefined;
    if (row === undefined || !(issue.code === "summary.duplicate" || issue.code === "summary.year-mismatch")) return [];
    return [rowIssueOf({ ...issue, path }, row, options.lang)];
  });
  return { summary, notCounted };
};
