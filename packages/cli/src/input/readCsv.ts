import type { CsvFailure, ReportsCsv } from "@xhht/domain/csv";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import type { InputFile, InputRecord, RecordFailure } from "./InputRecord.ts";

/** A header that cannot be read, or names a column no report has, stops the file. */
const checkHeader = (read: ReportsCsv, file: string, t: CliTranslate) => {
  const unreadable = read.failures.find((failure) => failure.code === "csv.header-unreadable");
  if (unreadable !== undefined) {
    throw new CliError(cliErrorCodes.syntax, t("input.csv-syntax", { reason: unreadable.params.reason }), {
      file,
      line: unreadable.line,
      ...(unreadable.column === undefined ? {} : { column: unreadable.column }),
      hint: t("input.csv-syntax.hint"),
    });
  }
  const unknown = read.failures.find((failure) => failure.code === "csv.unknown-column");
  if (unknown !== undefined) {
    throw new CliError(
      cliErrorCodes.format,
      t("input.csv-column", { name: unknown.params.name, column: unknown.column }),
      { file, line: unknown.line, hint: t("input.csv-column.hint") },
    );
  }
};

/** Why lines of a CSV file were not read: a quote that breaks the row, the parser's reason, or the row's length. */
const failureOf = (failure: CsvFailure, at: { file: string; index: number }, t: CliTranslate): RecordFailure => {
  const { line, column } = failure;
  const where = { ...at, line, ...(column === undefined ? {} : { column }) };
  if (failure.code === "csv.row-length") {
    const { found, expected } = failure.params;
    return { ...where, message: t("input.csv-row-length", { found, expected }), hint: t("input.csv-row-length.hint") };
  }
  const lastLine = failure.lastLine ?? line;
  const lines =
    lastLine === line
      ? t("input.csv-lines.one", { from: line })
      : t("input.csv-lines.many", { from: line, to: lastLine });
  const reason = String(failure.params.reason ?? "").replace(/^Invalid Record Length: /u, "");
  const message =
    failure.code === "csv.quote" ? t("input.csv-quote", { lines }) : t("input.csv-broken", { reason, lines });
  return { ...where, message, hint: t("input.csv-syntax.hint") };
};

/** The delimiter of a `.tsv` file; guessed from the header row for any other. */
const delimiterOf = (file: string) => (file.toLowerCase().endsWith(".tsv") ? { delimiter: "\t" as const } : {});

/**
 * A CSV (or TSV) file of reports, read by `readReportsCsv` of `@xhht/domain/csv`: a header row, then one report a
 * row; a broken row fails alone.
 */
export const readCsv = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  const { readReportsCsv } = await import("@xhht/domain/csv");
  const read = readReportsCsv(text, delimiterOf(file));
  checkHeader(read, file, t);
  // The rows in the order of the file, each numbered among them as the records of any other format are.
  const rows = [...read.records, ...read.failures].sort((a, b) => a.line - b.line);
  const count = rows.length;
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  rows.forEach((row, index) => {
    if (!("value" in row)) {
      failures.push(failureOf(row, { file, index }, t));
      return;
    }
    const { line, value, columnOf } = row;
    records.push({
      file,
      index,
      count,
      line,
      value,
      locate: (path) => {
        const column = columnOf(path);
        const field = column === undefined ? undefined : read.columns[column - 1];
        return field === undefined || column === undefined ? { line } : { line, column, field };
      },
    });
  });
  return { file, records, failures };
};
