import { readFile } from "node:fs/promises";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { exceedsDepth } from "./exceedsDepth.ts";
import { firstInvalidUtf8 } from "./firstInvalidUtf8.ts";
import type { InputFile, InputRecord, RecordFailure, SourcePosition } from "./InputRecord.ts";
import { type InputFormat, inputFormatOf } from "./inputFormats.ts";
import { lineAt } from "./lineAt.ts";
import { type CsvBrokenLines, readCsvRecords } from "./readCsvRecords.ts";
import { readCsvReportHeader, reportFromCsvRow } from "./reportsFromCsv.ts";
import { textNestingDepth } from "./textNestingDepth.ts";
import { yamlLocator } from "./yamlLocator.ts";

/**
 * What a command reads a file as: `csv` is allowed only where a CSV row is a record of a known kind (reports).
 *
 * @example
 * ```ts
 * const options: ReadOptions = { t: createCliTranslator("en"), csv: true, display: "reports.csv" };
 * (await readInputFile("reports.csv", options)).records.length; // 2
 * ```
 */
export interface ReadOptions {
  readonly t: CliTranslate;
  /** Whether CSV is read (as one provincial report per row). */
  readonly csv: boolean;
  /** The file as the user wrote it, for messages; the absolute path is read. */
  readonly display?: string;
}

const loadYaml = () => import("yaml");

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `action`'s value, or `undefined` when it throws: for finding a position, which must never stop a file. */
const attempt = <T>(action: () => T): T | undefined => {
  try {
    return action();
  } catch {
    return undefined;
  }
};

/** The file's text, its UTF-8 byte-order mark left out; bytes that are not UTF-8 stop the file where the first one is. */
const readText = async (path: string, display: string, t: CliTranslate): Promise<string> => {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
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
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
    throw new CliError(
      cliErrorCodes.encoding,
      t("input.not-utf8", { byte: (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0") }),
      { file: display, ...lineAt(before, before.length) },
      t("input.not-utf8.hint"),
    );
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
};

/**
 * How deep a record may nest: far deeper than any plan or report (about six levels), shallow enough that no
 * validator, locator or worker thread's message overflows the stack on it.
 */
const maxDepth = 64;

/** How deep a text may nest for the yaml parser to read it (see {@link textNestingDepth}). */
const maxTextDepth = 200;

const tooDeep = (t: CliTranslate) => ({
  message: t("input.too-deep", { max: maxDepth }),
  hint: t("input.too-complex.hint"),
});

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
  const at =
    textNestingDepth(text, "json") > maxTextDepth
      ? undefined
      : attempt(() => yaml.parseDocument(text).errors[0]?.linePos?.[0]);
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
      const document =
        textNestingDepth(text, "json") > maxTextDepth
          ? undefined
          : attempt(() => yaml.parseDocument(text, { lineCounter: counter, uniqueKeys: false }));
      locate =
        document === undefined || document.errors.length > 0
          ? () => undefined
          : yamlLocator(yaml, document.contents, counter);
    }
    return attempt(() => locate?.(path));
  };
  const items = itemsOf(value);
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  items.forEach((item, index) => {
    const line = locator(item.path)?.line ?? 1;
    if (exceedsDepth(item.value, maxDepth)) {
      failures.push({ file, index, line, ...tooDeep(t) });
      return;
    }
    records.push({
      file,
      index,
      count: items.length,
      line,
      value: item.value,
      locate: (path) => locator([...item.path, ...path]) ?? { line },
    });
  });
  return { file, records, failures };
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
      if (exceedsDepth(value, maxDepth)) {
        failures.push({ file, index, line: entry.line, ...tooDeep(t) });
        return;
      }
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
            const document = attempt(() => yaml.parseDocument(entry.text, { lineCounter: counter, uniqueKeys: false }));
            locate = document === undefined ? () => undefined : yamlLocator(yaml, document.contents, counter);
          }
          const column = attempt(() => locate?.(path))?.column;
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

/** How many nodes YAML aliases may stand for in one document: far more than any real plan or report uses. */
const maxAliasCount = 1000;

const readYaml = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  if (textNestingDepth(text, "yaml") > maxTextDepth) {
    throw new CliError(
      cliErrorCodes.syntax,
      t("input.too-complex", { format: "YAML", reason: t("input.too-deep", { max: maxTextDepth }) }),
      { file },
      t("input.too-complex.hint"),
    );
  }
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
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount });
    } catch (error) {
      // An alias bomb (or a structure too deep to build): this document is refused, never expanded.
      const at = counter.linePos(document.contents?.range[0] ?? document.range[0]);
      const aliases = /alias/iu.test(errorText(error));
      entries.push({
        failure: {
          file,
          line: at.line,
          column: at.col,
          message: aliases
            ? t("input.yaml-aliases", { max: maxAliasCount })
            : t("input.too-complex", { format: "YAML", reason: errorText(error) }),
          hint: t(aliases ? "input.yaml-aliases.hint" : "input.too-complex.hint"),
        },
      });
      return;
    }
    for (const item of itemsOf(value)) {
      if (exceedsDepth(item.value, maxDepth)) {
        const at = attempt(() => locate(item.path)) ?? { line: 1, column: 1 };
        entries.push({ failure: { file, line: at.line, column: at.column ?? 1, ...tooDeep(t) } });
        continue;
      }
      entries.push({ value: item.value, locate: (path) => attempt(() => locate([...item.path, ...path])) });
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
  const linesOf = (entry: CsvBrokenLines) =>
    entry.lastLine === entry.line
      ? t("input.csv-lines.one", { from: entry.line })
      : t("input.csv-lines.many", { from: entry.line, to: entry.lastLine });
  const brokenMessage = (entry: CsvBrokenLines) =>
    entry.column !== undefined
      ? t("input.csv-quote", { lines: linesOf(entry) })
      : t("input.csv-broken", { reason: entry.reason.replace(/^Invalid Record Length: /u, ""), lines: linesOf(entry) });
  const [head, ...body] = readCsvRecords(text, delimiter, parse);
  if (head === undefined) return { file, records: [], failures: [] };
  if (head.kind === "broken") {
    throw new CliError(
      cliErrorCodes.syntax,
      t("input.csv-syntax", { reason: head.reason }),
      { file, line: head.line, ...(head.column === undefined ? {} : { column: head.column }) },
      t("input.csv-syntax.hint"),
    );
  }
  const header = readCsvReportHeader(head.cells);
  const [unknown] = header.unknown;
  if (unknown !== undefined) {
    throw new CliError(
      cliErrorCodes.format,
      t("input.csv-column", { name: unknown.name, column: unknown.column }),
      { file, line: head.line },
      t("input.csv-column.hint"),
    );
  }
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  body.forEach((entry, index) => {
    const { line } = entry;
    if (entry.kind === "broken") {
      failures.push({
        file,
        index,
        line,
        ...(entry.column === undefined ? {} : { column: entry.column }),
        message: brokenMessage(entry),
        hint: t("input.csv-syntax.hint"),
      });
      return;
    }
    if (entry.cells.length !== head.cells.length) {
      failures.push({
        file,
        index,
        line,
        message: t("input.csv-row-length", { found: entry.cells.length, expected: head.cells.length }),
        hint: t("input.csv-row-length.hint"),
      });
      return;
    }
    const { value, columnOf } = reportFromCsvRow(header, entry.cells);
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
 * records[0]?.locate(["activities", 2, "measures", "learners"]); // { line: 2, column: 14, field: "internet-skills.training:learners" }
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
  try {
    return await readers[format](text, display, t);
  } catch (error) {
    if (error instanceof CliError) throw error;
    // Whatever else a parser throws on a file (a structure too deep for the stack…) is about the file, not a bug.
    throw new CliError(
      cliErrorCodes.syntax,
      t("input.too-complex", { format: format.toUpperCase(), reason: errorText(error) }),
      { file: display },
      t("input.too-complex.hint"),
      { cause: error },
    );
  }
};
