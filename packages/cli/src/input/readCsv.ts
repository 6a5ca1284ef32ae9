import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import type { InputFile, InputRecord, RecordFailure } from "./InputRecord.ts";
import { type CsvBrokenLines, type CsvRow, readCsvRecords } from "./readCsvRecords.ts";
import { type CsvReportHeader, readCsvReportHeader, reportFromCsvRow } from "./reportsFromCsv.ts";

/** The delimiter of a CSV file: a tab for `.tsv`, else the one of `,`, `;` and tab its first line has most of. */
const delimiterOf = (text: string, file: string): string => {
  if (file.toLowerCase().endsWith(".tsv")) return "\t";
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const counts = [",", ";", "\t"].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  return counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
};

/** The header row as report columns; a header that cannot be read, or names a column no report has, stops the file. */
const headerOf = (head: CsvRow | CsvBrokenLines, file: string, t: CliTranslate): CsvReportHeader => {
  if (head.kind === "broken") {
    throw new CliError(cliErrorCodes.syntax, t("input.csv-syntax", { reason: head.reason }), {
      file,
      line: head.line,
      ...(head.column === undefined ? {} : { column: head.column }),
      hint: t("input.csv-syntax.hint"),
    });
  }
  const header = readCsvReportHeader(head.cells);
  const [unknown] = header.unknown;
  if (unknown !== undefined) {
    throw new CliError(cliErrorCodes.format, t("input.csv-column", { name: unknown.name, column: unknown.column }), {
      file,
      line: head.line,
      hint: t("input.csv-column.hint"),
    });
  }
  return header;
};

/** Why lines of a CSV file were not read: a quote that breaks the row, or the parser's reason. */
const brokenMessage = (entry: CsvBrokenLines, t: CliTranslate) => {
  const lines =
    entry.lastLine === entry.line
      ? t("input.csv-lines.one", { from: entry.line })
      : t("input.csv-lines.many", { from: entry.line, to: entry.lastLine });
  return entry.column !== undefined
    ? t("input.csv-quote", { lines })
    : t("input.csv-broken", { reason: entry.reason.replace(/^Invalid Record Length: /u, ""), lines });
};

/** One row's report, or its failure when it cannot be read or has another number of cells than the header. */
const readRow = (
  entry: CsvRow | CsvBrokenLines,
  at: { file: string; index: number; count: number },
  header: CsvReportHeader,
  t: CliTranslate,
): InputRecord | RecordFailure => {
  const { file, index } = at;
  const { line } = entry;
  if (entry.kind === "broken") {
    return {
      file,
      index,
      line,
      ...(entry.column === undefined ? {} : { column: entry.column }),
      message: brokenMessage(entry, t),
      hint: t("input.csv-syntax.hint"),
    };
  }
  if (entry.cells.length !== header.columns.length) {
    return {
      file,
      index,
      line,
      message: t("input.csv-row-length", { found: entry.cells.length, expected: header.columns.length }),
      hint: t("input.csv-row-length.hint"),
    };
  }
  const { value, columnOf } = reportFromCsvRow(header, entry.cells);
  return {
    ...at,
    line,
    value,
    locate: (path) => {
      const column = columnOf(path);
      const field = header.columns[column]?.name;
      return field === undefined ? { line } : { line, column: column + 1, field };
    },
  };
};

/** A CSV (or TSV) file of provincial reports: a header row, then one report a row; a broken row fails alone. */
export const readCsv = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  const { parse } = await import("csv-parse/sync");
  const [head, ...body] = readCsvRecords(text, delimiterOf(text, file), parse);
  if (head === undefined) return { file, records: [], failures: [] };
  const header = headerOf(head, file, t);
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  body.forEach((entry, index) => {
    const read = readRow(entry, { file, index, count: body.length }, header, t);
    if ("value" in read) records.push(read);
    else failures.push(read);
  });
  return { file, records, failures };
};
