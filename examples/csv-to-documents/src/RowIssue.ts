import { fieldLabel, type Issue, type Language, type Severity } from "@xhht/domain";
import type { ReportRow, UnreadableRow } from "./readReportRows.ts";

/** An issue of one CSV row: the rule and its message, and where it is (the row's line, its column when known). */
export interface RowIssue {
  /** The spreadsheet row: the line the row starts on, the header being row 1. */
  readonly row: number;
  /** 1-based number of the record among the file's data rows (what `xhht` names its files after). */
  readonly record: number;
  /** 1-based column, and its header, when the issue is about one cell. */
  readonly column?: number;
  readonly field?: string;
  readonly code: string;
  readonly severity: Severity;
  /** Where in the report, for programs: `["activities", 1, "measures", "participants"]`. */
  readonly path: readonly (string | number)[];
  /** The same field as an official reads it, in the run's language: «Activity 2 › Measures › Participants». */
  readonly label?: string;
  readonly message: string;
}

/**
 * Places a validator's issue in the CSV: the row, the cell's column when the issue's path leads to one, and the
 * field's name in `lang` (`fieldLabel` of `@xhht/domain`).
 *
 * @example
 * ```ts
 * rowIssueOf(issue, row, "en"); // { row: 4, record: 3, column: 12, field: "opening-ceremony:participants", label: "Activity 2 › Measures › Participants", … }
 * ```
 */
export const rowIssueOf = (issue: Issue, row: ReportRow, lang: Language): RowIssue => {
  const column = row.columnOf(issue.path);
  const field = row.fieldOf(issue.path);
  const label = fieldLabel(issue.path, { lang });
  return {
    row: row.line,
    record: row.index + 1,
    ...(column === undefined ? {} : { column }),
    ...(field === undefined ? {} : { field }),
    code: issue.code,
    severity: issue.severity,
    path: issue.path,
    ...(label === "" ? {} : { label }),
    message: issue.message,
  };
};

/** A row the CSV reader could not read (a broken quote, a wrong number of cells), as an issue of its own. */
export const rowIssueOfFailure = (failure: UnreadableRow): RowIssue => ({
  row: failure.line,
  record: failure.index + 1,
  ...(failure.column === undefined ? {} : { column: failure.column }),
  code: failure.code,
  severity: "error",
  path: [],
  message: failure.message,
});

/**
 * One issue as a line of text: `communes.csv:4:12 row 4 error schema.invalid-type «Activity 2 › Measures ›
 * Participants» (column «opening-ceremony:participants»): Wrong type: expected a number.`
 *
 * @example
 * ```ts
 * formatRowIssue("communes.csv", issue);
 * ```
 */
export const formatRowIssue = (file: string, issue: RowIssue): string => {
  const where = `${file}:${issue.row}${issue.column === undefined ? "" : `:${issue.column}`}`;
  const label = issue.label === undefined ? "" : ` «${issue.label}»`;
  const field = issue.field === undefined ? "" : ` (column «${issue.field}»)`;
  return `${where} row ${issue.row} ${issue.severity} ${issue.code}${label}${field}: ${issue.message}`;
};
