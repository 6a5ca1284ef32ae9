import { isLanguage, type Language } from "@xhht/core";
import { DomainError, domainErrorCodes } from "@xhht/domain";
import { parse } from "csv-parse/sync";
import type { CsvFailure } from "./CsvFailure.ts";
import type { CsvReportRecord } from "./CsvReportRecord.ts";
import { type CsvFailureCode, csvFailureCodes } from "./csvFailureCodes.ts";
import { csvFailureMessage } from "./csvFailureMessages.ts";
import type { ReadReportsCsvOptions } from "./ReadReportsCsvOptions.ts";
import type { ReportsCsv } from "./ReportsCsv.ts";
import { type CsvBrokenLines, readCsvRecords } from "./readCsvRecords.ts";
import { readCsvReportHeader, reportFromCsvRow } from "./reportsFromCsv.ts";

const delimiters = [",", ";", "\t"] as const;

/** The one of `,`, `;` and tab the first line holds most of (`,` when none). */
const delimiterOf = (text: string): string => {
  const end = text.indexOf("\n");
  const firstLine = text.slice(0, end === -1 ? undefined : end);
  const counts = delimiters.map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  return counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
};

const checkedOptions = (options: unknown): { delimiter?: string; lang: Language } => {
  if (options === undefined) return { lang: "vi" };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      'readReportsCsv: pass the options as an object, e.g. { delimiter: ";", lang: "en" }, or leave them out',
    );
  }
  const { delimiter, lang = "vi" } = options as { delimiter?: unknown; lang?: unknown };
  if (delimiter !== undefined && !delimiters.includes(delimiter as never)) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      `readReportsCsv: the delimiter is ",", ";" or "\\t", or left out to be guessed; got ${JSON.stringify(delimiter) ?? typeof delimiter}`,
    );
  }
  if (!isLanguage(lang)) {
    throw new DomainError(
      domainErrorCodes.unsupportedLanguage,
      `readReportsCsv: the language ${JSON.stringify(lang) ?? typeof lang} is not supported: "vi" or "en"`,
    );
  }
  return { ...(delimiter === undefined ? {} : { delimiter: delimiter as string }), lang };
};

/**
 * Reads a CSV text of reports, one report per row under a header row that names the columns
 * ({@link csvReportColumns}), as `xhht validate`, `xhht summarize` and `xhht generate --batch` read a `.csv` file,
 * without the file system: read the file yourself (UTF-8; a byte-order mark is left out). Every line that is not
 * blank ends as the header, a record (a report input, not yet validated: pass `value` to `validateReport` of
 * `@xhht/domain`) or a failure with a stable `code` ({@link csvFailureCodes}) and a `message` in `lang`: a broken
 * quote spoils its own lines, never the rest of the file. Whole numbers may group thousands (`96.000`). A header
 * that names a column no report has is a failure (`csv.unknown-column`), the rows still read without it; a header
 * row that cannot be read fails every row (`csv.header-unreadable`, then `csv.no-header`). Never throws on the
 * text; throws a `DomainError` when `text` is not a string (`domain.invalid-argument`), for an options object or
 * delimiter not as documented (`domain.invalid-option`) and for a language other than `"vi"` and `"en"`
 * (`domain.unsupported-language`).
 *
 * @example
 * ```ts
 * import { readReportsCsv } from "@xhht/domain/csv";
 * const csv = "year,province,commune,opening-ceremony:participants\n2025,01,00004,1.200\n2025,01\n";
 * const { columns, records, failures } = readReportsCsv(csv, { lang: "en" });
 * columns.length; // 4
 * records[0]?.value; // { year: 2025, province: "01", commune: "00004", activities: [{ code: "opening-ceremony", measures: { participants: 1200 } }] }
 * failures[0]?.line; // 3
 * failures[0]?.message; // "the row has 2 cells, the header 4 columns"
 * readReportsCsv(42 as unknown as string); // throws domain.invalid-argument
 * ```
 */
export const readReportsCsv = (text: string, options?: ReadReportsCsvOptions): ReportsCsv => {
  if (typeof text !== "string") {
    throw new DomainError(
      domainErrorCodes.invalidArgument,
      `readReportsCsv: pass the CSV's text (a string); got ${text === null ? "null" : typeof text}`,
    );
  }
  const { delimiter, lang } = checkedOptions(options);
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const failures: CsvFailure[] = [];
  const fail = (
    code: CsvFailureCode,
    where: { line: number; lastLine?: number; column?: number },
    params: Readonly<Record<string, string | number>>,
  ) => {
    failures.push({
      line: where.line,
      ...(where.lastLine === undefined || where.lastLine === where.line ? {} : { lastLine: where.lastLine }),
      ...(where.column === undefined ? {} : { column: where.column }),
      code,
      params,
      message: csvFailureMessage(lang, code, params, where),
    });
  };
  const broken = (entry: CsvBrokenLines) =>
    fail(entry.column === undefined ? csvFailureCodes.syntax : csvFailureCodes.quote, entry, { reason: entry.reason });
  const [head, ...body] = readCsvRecords(source, delimiter ?? delimiterOf(source), parse);
  if (head === undefined) return { columns: [], records: [], failures };
  if (head.kind === "broken") {
    fail(csvFailureCodes.headerUnreadable, head, { reason: head.reason });
    for (const entry of body) {
      fail(csvFailureCodes.noHeader, entry.kind === "broken" ? entry : { line: entry.line }, { header: head.line });
    }
    return { columns: [], records: [], failures };
  }
  const header = readCsvReportHeader(head.cells);
  for (const { name, column } of header.unknown) {
    fail(csvFailureCodes.unknownColumn, { line: head.line, column }, { name });
  }
  const records: CsvReportRecord[] = [];
  for (const entry of body) {
    if (entry.kind === "broken") {
      broken(entry);
    } else if (entry.cells.length !== header.columns.length) {
      fail(csvFailureCodes.rowLength, entry, { found: entry.cells.length, expected: header.columns.length });
    } else {
      const { value, columnOf } = reportFromCsvRow(header, entry.cells);
      records.push({
        line: entry.line,
        value,
        columnOf: (path) => {
          const index = columnOf(path);
          return index === -1 ? undefined : index + 1;
        },
      });
    }
  }
  return { columns: header.columns.map((column) => column.name), records, failures };
};
