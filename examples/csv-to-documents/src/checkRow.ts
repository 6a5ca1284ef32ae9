import { type Directive, directive2020, type Language, type ProvincialReport, validateReport } from "@xhht/domain";
import { type RowIssue, rowIssueOf } from "./RowIssue.ts";
import type { ReportRow } from "./readReportRows.ts";

/** What one row gives: the checked report, the directive it was judged by and its warnings, or the issues that refuse it. */
export type CheckedRow =
  | {
      readonly ok: true;
      readonly report: ProvincialReport;
      readonly directive: Directive | undefined;
      readonly issues: readonly RowIssue[];
    }
  | { readonly ok: false; readonly issues: readonly RowIssue[] };

/**
 * The directive a report is judged by: the SDK's 2020 letter for a report of 2020 (its deadline makes a late
 * report a warning), none for another year, as `xhht` does without `--directive`.
 *
 * @example
 * ```ts
 * directiveFor(2020) === directive2020; // true
 * ```
 */
export const directiveFor = (year: unknown): Directive | undefined =>
  year === directive2020.year ? directive2020 : undefined;

/**
 * Checks one row's report with `validateReport` and places each issue in the CSV. A row is refused when one of its
 * issues is an error; warnings (a late report) ride along with a report that is still written.
 *
 * @example
 * ```ts
 * const checked = checkRow(rows[0], "en");
 * if (!checked.ok) for (const issue of checked.issues) console.log(issue.row, issue.label, issue.message);
 * ```
 */
export const checkRow = (row: ReportRow, lang: Language): CheckedRow => {
  const year = (row.value as { year?: unknown } | null)?.year;
  const directive = directiveFor(year);
  const result = validateReport(row.value, directive === undefined ? { lang } : { lang, directive });
  const issues = result.issues.map((issue) => rowIssueOf(issue, row, lang));
  return result.ok ? { ok: true, report: result.value, directive, issues } : { ok: false, issues };
};
