import type { Issue, LegalBasis, Severity } from "@xhht/domain";
import type { CliError } from "../CliError.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import type { InputRecord, RecordFailure } from "../input/InputRecord.ts";

/** An issue as `xhht` prints it: where (file, line, column, CSV column, record) and what (rule id, path, message). */
export interface ReportedIssue {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The CSV column the value came from. */
  readonly field?: string;
  /** Where in a document, in words, when a path says it poorly: `word/document.xml, đoạn 13 «Kính gửi: …»`. */
  readonly place?: string;
  /** 1-based number of the record in its file, when the file holds more than one. */
  readonly record?: number;
  readonly path: readonly (string | number)[];
  /**
   * The field at `path` as an official reads it, in the command's language (`fieldLabel` of @xhht/domain):
   * «Hoạt động thứ 2 › Chỉ số › Số người tham gia»; absent when the issue is about the whole record or a file.
   */
  readonly label?: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** How to fix it, when xhht knows more than the rule's message says. */
  readonly hint?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly basis?: LegalBasis;
}

const valueAt = (root: unknown, path: readonly (string | number)[]): unknown => {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
};

const hintFor = (issue: Issue, record: InputRecord, t: CliTranslate): string | undefined => {
  const value = valueAt(record.value, issue.path);
  if (issue.code === "schema.invalid-type" && issue.params.expected === "string" && typeof value === "number") {
    return t("hint.quote-number", { value: String(value).padStart(2, "0") });
  }
  return undefined;
};

/**
 * A validator's issue placed in its file: line and column from the parser, the CSV column for a row, and `label`,
 * the field's name in the command's language (`fieldLabel(issue.path, { lang })` of @xhht/domain: this file is
 * loaded before the SDK is).
 */
export const fromIssue = (issue: Issue, record: InputRecord, t: CliTranslate, label: string): ReportedIssue => {
  const position = record.locate(issue.path);
  const hint = hintFor(issue, record, t);
  return {
    file: record.file,
    line: position.line,
    ...(position.column === undefined ? {} : { column: position.column }),
    ...(position.field === undefined ? {} : { field: position.field }),
    ...(record.count > 1 ? { record: record.index + 1 } : {}),
    path: issue.path,
    ...(label === "" ? {} : { label }),
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    ...(hint === undefined ? {} : { hint }),
    params: issue.params,
    ...(issue.basis === undefined ? {} : { basis: issue.basis }),
  };
};

/** A record that could not be read, as an issue of its own (`cli.syntax`). */
export const fromFailure = (failure: RecordFailure): ReportedIssue => ({
  file: failure.file,
  line: failure.line,
  ...(failure.column === undefined ? {} : { column: failure.column }),
  record: failure.index + 1,
  path: [],
  code: "cli.syntax",
  severity: "error",
  message: failure.message,
  ...(failure.hint === undefined ? {} : { hint: failure.hint }),
});

/** A file that could not be read at all. */
export const fromCliError = (error: CliError): ReportedIssue => ({
  file: error.location.file ?? "",
  ...(error.location.line === undefined ? {} : { line: error.location.line }),
  ...(error.location.column === undefined ? {} : { column: error.location.column }),
  path: [],
  code: error.code,
  severity: "error",
  message: error.message,
  ...(error.hint === undefined ? {} : { hint: error.hint }),
});

/** Where a record is: its file and line, and its number in the file when the file holds more than one. */
export const recordSource = (record: InputRecord): { file: string; line: number; record?: number } => ({
  file: record.file,
  line: record.line,
  ...(record.count > 1 ? { record: record.index + 1 } : {}),
});

/** `file:line:column` of an issue, as editors and terminals link it. */
export const whereOf = (issue: { file: string; line?: number; column?: number }): string =>
  [issue.file, issue.line, issue.line === undefined ? undefined : issue.column]
    .filter((part) => part !== undefined && part !== "")
    .join(":");

/**
 * One issue as a line (and its hint on the next), the field named as an official reads it when its label is known:
 * `reports.csv:4:9: lỗi report.activity-unknown «Hoạt động thứ 1 › Mã hoạt động» (cột «x:learners»): …`.
 */
export const formatIssue = (issue: ReportedIssue, t: CliTranslate): string => {
  // Without a label, the path as formatIssuePath (@xhht/domain) writes it, spelt out: runCli loads this file before
  // any command, and the SDK only when a command runs.
  const path =
    issue.place !== undefined
      ? ` ${issue.place}`
      : issue.label !== undefined
        ? ` «${issue.label}»`
        : issue.path.length > 0
          ? ` ${issue.path.join(".")}`
          : "";
  const field = issue.field === undefined ? "" : ` ${t("issue.field", { field: issue.field })}`;
  const record = issue.record === undefined ? "" : ` ${t("issue.record", { record: issue.record })}`;
  const head = `${whereOf(issue)}: ${t(`severity.${issue.severity}`)} ${issue.code}${path}${field}${record}`;
  const hint = issue.hint === undefined ? "" : `\n    ${t("issue.hint")}: ${issue.hint}`;
  return `${head}\n    ${issue.message}${hint}`;
};
