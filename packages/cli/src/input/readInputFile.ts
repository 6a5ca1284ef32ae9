import { readFile } from "node:fs/promises";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import type { InputFile, InputRecord, RecordFailure, SourcePosition } from "./InputRecord.ts";
import { type InputFormat, inputFormatOf } from "./inputFormats.ts";
import { lineAt } from "./lineAt.ts";
import { readCsvReportHeader, reportFromCsvRow } from "./reportsFromCsv.ts";
import { yamlLocator } from "./yamlLocator.ts";

/** What a command reads a file as: `csv` is allowed only where a CSV row is a record of a known kind (reports). */
export interface ReadOptions {
  readonly t: CliTranslate;
  /** Whether CSV is read (as one provincial report per row). */
  readonly csv: boolean;
  /** The file as the user wrote it, for messages; the absolute path is read. */
  readonly display?: string;
}

const loadYaml = () => import("yaml");

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const readText = async (path: string, display: string, t: CliTranslate): Promise<string> => {
  try {
    const text = await readFile(path, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? t("input.not-found") : code === "EISDIR" ? t("input.is-folder") : errorText(error);
    throw new CliError(
      cliErrorCodes.unreadable,
      t("input.unreadable", { reason }),
      { file: display },
      t("input.unreadable.hint"),
      {
        cause: error,
      },
    );
  }
};

/** The records a parsed value holds: the items of a list, or the value itself. */
const itemsOf = (value: unknown): { value: unknown; path: (string | number)[] }[] =>
  Array.isArray(value) ? value.map((item, index) => ({ value: item, path: [index] })) : [{ value, path: [] }];

/** Line and column of a JSON.parse error, from V8's message or, failing that, from the YAML parser. */
const jsonErrorPosition = async (text: string, error: unknown): Promise<{ line: number; column: number }> => {
  const message = errorText(error);
  const lineColumn = /line (\d+) column (\d+)/u.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/u.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  const yaml = await loadYaml();
  const [first] = yaml.parseDocument(text).errors;
  const at = first?.linePos?.[0];
  return at ? { line: at.line, column: at.col } : lineAt(text, text.length);
};

const jsonMessage = (error: unknown): string =>
  errorText(error)
    .replace(/^JSON\.parse: /u, "")
    .replace(/ in JSON at position \d+.*$/su, "");

const readJson = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = await jsonErrorPosition(text, error);
    throw new CliError(
      cliErrorCodes.syntax,
      t("input.json-syntax", { reason: jsonMessage(error) }),
      { file, ...at },
      t("input.json-syntax.hint"),
    );
  }
  const yaml = await loadYaml();
  let locate: ((path: readonly (string | number)[]) => SourcePosition | undefined) | undefined;
  const locator = (path: readonly (string | number)[]) => {
    if (locate === undefined) {
      const counter = new yaml.LineCounter();
      const document = yaml.parseDocument(text, { lineCounter: counter, uniqueKeys: false });
      locate = document.errors.length > 0 ? () => undefined : yamlLocator(yaml, document.contents, counter);
    }
    return locate(path);
  };
  const items = itemsOf(value);
  const records = items.map((item, index): InputRecord => {
    const line = locator(item.path)?.line ?? 1;
    return {
      file,
      index,
      count: items.length,
      line,
      value: item.value,
      locate: (path) => locator([...item.path, ...path]) ?? { line },
    };
  });
  return { file, records, failures: [] };
};

const readJsonLines = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  const yaml = await loadYaml();
  const lines = text.split("\n");
  const entries: { line: number; text: string }[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== "") entries.push({ line: index + 1, text: line });
  });
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  entries.forEach((entry, index) => {
    try {
      const value = JSON.parse(entry.text);
      let locate: ((path: readonly (string | number)[]) => SourcePosition | undefined) | undefined;
      records.push({
        file,
        index,
        count: entries.length,
        line: entry.line,
        value,
        locate: (path) => {
          if (locate === undefined) {
            const counter = new yaml.LineCounter();
            const document = yaml.parseDocument(entry.text, { lineCounter: counter, uniqueKeys: false });
            locate = yamlLocator(yaml, document.contents, counter);
          }
          const column = locate(path)?.column;
          return column === undefined ? { line: entry.line } : { line: entry.line, column };
        },
      });
    } catch (error) {
      const position = /position (\d+)/u.exec(errorText(error));
      failures.push({
        file,
        index,
        line: entry.line,
        ...(position ? { column: Number(position[1]) + 1 } : {}),
        message: t("input.json-syntax", { reason: jsonMessage(error) }),
        hint: t("input.jsonl.hint"),
      });
    }
  });
  return { file, records, failures };
};

const readYaml = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  const yaml = await loadYaml();
  const counter = new yaml.LineCounter();
  const documents = yaml.parseAllDocuments(text, { lineCounter: counter });
  if (!Array.isArray(documents)) return { file, records: [], failures: [] };
  type Entry =
    | { readonly value: unknown; readonly locate: (path: readonly (string | number)[]) => SourcePosition | undefined }
    | { readonly failure: Omit<RecordFailure, "index"> };
  const entries: Entry[] = [];
  documents.forEach((document, documentIndex) => {
    const [error] = document.errors;
    if (error !== undefined) {
      // One broken document of several is a record: it is placed where it starts, the parser's position is in the message.
      const at = counter.linePos(
        documents.length > 1 ? (document.contents?.range[0] ?? document.range[0]) : error.pos[0],
      );
      entries.push({
        failure: {
          file,
          line: at.line,
          column: at.col,
          message: t("input.yaml-syntax", { reason: (error.message.split("\n")[0] ?? error.code).replace(/:$/u, "") }),
          hint: t(documents.length > 1 ? "input.yaml-documents.hint" : "input.yaml-syntax.hint", {
            document: documentIndex + 1,
          }),
        },
      });
      return;
    }
    const locate = yamlLocator(yaml, document.contents, counter);
    for (const item of itemsOf(document.toJS({ maxAliasCount: 1000 }))) {
      entries.push({ value: item.value, locate: (path) => locate([...item.path, ...path]) });
    }
  });
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  entries.forEach((entry, index) => {
    if ("failure" in entry) {
      failures.push({ ...entry.failure, index });
      return;
    }
    const line = entry.locate([])?.line ?? 1;
    records.push({
      file,
      index,
      count: entries.length,
      line,
      value: entry.value,
      locate: (path) => entry.locate(path) ?? { line },
    });
  });
  const [only] = failures;
  if (only !== undefined && documents.length === 1) {
    throw new CliError(
      cliErrorCodes.syntax,
      only.message,
      { file, line: only.line, ...(only.column === undefined ? {} : { column: only.column }) },
      only.hint,
    );
  }
  return { file, records, failures };
};

const delimiterOf = (firstLine: string, tsv: boolean): string => {
  if (tsv) return "\t";
  const counts = [",", ";", "\t"].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  return counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
};

const readCsv = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  const { parse } = await import("csv-parse/sync");
  const delimiter = delimiterOf(
    text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n")),
    file.toLowerCase().endsWith(".tsv"),
  );
  let rows: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    rows = parse(text, {
      delimiter,
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CliError(
      cliErrorCodes.syntax,
      t("input.csv-syntax", { reason: errorText(error).replace(/^Invalid Record Length: /u, "") }),
      line === undefined ? { file } : { file, line },
      t("input.csv-syntax.hint"),
    );
  }
  const [head, ...body] = rows;
  if (head === undefined) return { file, records: [], failures: [] };
  const header = readCsvReportHeader(head.record);
  const [unknown] = header.unknown;
  if (unknown !== undefined) {
    throw new CliError(
      cliErrorCodes.format,
      t("input.csv-column", { name: unknown.name, column: unknown.column }),
      { file, line: 1 },
      t("input.csv-column.hint"),
    );
  }
  const startLine = (row: { info: { lines: number }; raw: string }) =>
    row.info.lines -
    (row.raw
      .replace(/^(?:\r?\n)+/u, "")
      .replace(/\r?\n$/u, "")
      .split("\n").length -
      1);
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  body.forEach((row, index) => {
    const line = startLine(row);
    if (row.record.length !== head.record.length) {
      failures.push({
        file,
        index,
        line,
        message: t("input.csv-row-length", { found: row.record.length, expected: head.record.length }),
        hint: t("input.csv-row-length.hint"),
      });
      return;
    }
    const { value, columnOf } = reportFromCsvRow(header, row.record);
    records.push({
      file,
      index,
      count: body.length,
      line,
      value,
      locate: (path) => {
        const column = columnOf(path);
        const field = header.columns[column]?.name;
        return field === undefined ? { line } : { line, column: column + 1, field };
      },
    });
  });
  return { file, records, failures };
};

const readers: Record<InputFormat, (text: string, file: string, t: CliTranslate) => Promise<InputFile>> = {
  json: readJson,
  jsonl: readJsonLines,
  yaml: readYaml,
  csv: readCsv,
};

/**
 * Reads one input file into records: a JSON or YAML file holds one record or a list of them (a YAML file may also
 * hold several documents), a JSON Lines file one record per line, a CSV file one provincial report per row.
 * Throws a {@link CliError} when the file cannot be read at all; a record that cannot be read on its own is a
 * failure and the others are still read. The file is only read, never written.
 *
 * @example
 * ```ts
 * const { records, failures } = await readInputFile("reports.csv", { t: createCliTranslator("en"), csv: true });
 * records[0]?.locate(["activities", 0, "measures", "learners"]); // { line: 2, column: 14, field: "internet-skills.training:learners" }
 * ```
 */
export const readInputFile = async (path: string, options: ReadOptions): Promise<InputFile> => {
  const { t } = options;
  const display = options.display ?? path;
  const format = inputFormatOf(path);
  if (format === undefined || (format === "csv" && !options.csv)) {
    throw new CliError(
      cliErrorCodes.format,
      t(format === "csv" ? "input.csv-not-here" : "input.format", { file: display }),
      { file: display },
      t(format === "csv" ? "input.csv-not-here.hint" : "input.format.hint"),
    );
  }
  const text = await readText(path, display, t);
  return readers[format](text, display, t);
};
