import type { InputRecord, RecordFailure } from "@xhht/cli";
import type { Issue, Severity } from "@xhht/domain";

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
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Places a validator's issue in the CSV: the row, and the cell's column when the issue's path leads to one.
 *
 * @example
 * ```ts
 * rowIssueOf(issue, row); // { row: 4, record: 3, column: 12, field: "opening-ceremony:participants", code: "schema.invalid-type", … }
 * ```
 */
export const rowIssueOf = (issue: Issue, row: InputRecord): RowIssue => {
  const at = row.locate(issue.path);
  return {
    row: at.line,
    record: row.index + 1,
    ...(at.column === undefined ? {} : { column: at.column }),
    ...(at.field === undefined ? {} : { field: at.field }),
    code: issue.code,
    severity: issue.severity,
    path: issue.path,
    message: issue.message,
  };
};

/** A row the CSV reader could not read (its cell count differs from the header's), as an issue of its own. */
export const rowIssueOfFailure = (failure: RecordFailure): RowIssue => ({
  row: failure.line,
  record: failure.index + 1,
  ...(failure.column === undefined ? {} : { column: failure.column }),
  code: "csv.row-unreadable",
  severity: "error",
  path: [],
  message: failure.hint === undefined ? failure.message : `${failure.message} (${failure.hint})`,
});

/**
 * One issue as a line of text: `communes.csv:4:12 row 4 error schema.invalid-type activities.1.measures.participants
 * (column «opening-ceremony:participants»): Wrong type: expected a number.`
 *
 * @example
 * ```ts
 * formatRowIssue("communes.csv", issue);
 * ```
 */
export const formatRowIssue = (file: string, issue: RowIssue): string => {
  const where = `${file}:${issue.row}${issue.column === undefined ? "" : `:${issue.column}`}`;
  const path = issue.path.length === 0 ? "" : ` ${issue.path.join(".")}`;
  const field = issue.field === undefined ? "" : ` (column «${issue.field}»)`;
  return `${where} row ${issue.row} ${issue.severity} ${issue.code}${path}${field}: ${issue.message}`;
};
