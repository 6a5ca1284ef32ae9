import type { parse as CsvParse } from "csv-parse/sync";

/** A CSV record read, with the line it starts on (1-based). */
export interface CsvRow {
  readonly kind: "row";
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Lines that could not be read as records: from `line` (where the broken record starts; `column` is the quote that
 * broke it, when one did) to `lastLine`, with the parser's reason.
 */
export interface CsvBrokenLines {
  readonly kind: "broken";
  readonly line: number;
  readonly lastLine: number;
  readonly column?: number;
  readonly reason: string;
}

/** What an error says: its message, or the thrown value as text. */
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface Parsed {
  readonly rows: { record: string[]; raw: string; info: { lines: number } }[];
  readonly error: unknown;
}

const parseAll = (parse: typeof CsvParse, text: string, delimiter: string): Parsed => {
  const rows: Parsed["rows"] = [];
  try {
    parse(text, {
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // With info and raw, each record comes as { record, raw, info }, which csv-parse's types do not say.
      on_record: (record: string[]) => {
        rows.push(record as unknown as Parsed["rows"][number]);
        return record;
      },
    });
    return { rows, error: undefined };
  } catch (error) {
    return { rows, error };
  }
};

/** The 1-based line a record starts on, given the line it ends on and its raw text. */
const startLine = (row: Parsed["rows"][number]) =>
  row.info.lines -
  (row.raw
    .replace(/^(?:\r?\n)+/u, "")
    .replace(/\r?\n$/u, "")
    .split("\n").length -
    1);

/**
 * The column of the quote that breaks a line, as csv-parse reads it: a quote inside a cell that does not start with
 * one, or the opening quote of a cell that is closed before its end or not closed on the line.
 */
const badQuoteColumn = (line: string, delimiter: string): number | undefined => {
  let open: number | undefined;
  let cellStart = true;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (open !== undefined) {
      if (char !== '"') continue;
      if (line[index + 1] === '"') {
        index++;
        continue;
      }
      const after = line[index + 1];
      if (after !== undefined && after !== delimiter && after !== "\r") return open + 1;
      open = undefined;
      cellStart = false;
    } else if (char === '"') {
      if (!cellStart) return index + 1;
      open = index;
    } else {
      cellStart = char === delimiter;
    }
  }
  return open === undefined ? undefined : open + 1;
};

/** The lines of a CSV text (line breaks as LF), with where each starts; lines are numbered from 1. */
class CsvLines {
  readonly lines: readonly string[];
  private readonly offsets: number[] = [];

  constructor(readonly text: string) {
    this.lines = text.split("\n");
    let offset = 0;
    for (const line of this.lines) {
      this.offsets.push(offset);
      offset += line.length + 1;
    }
  }

  get count(): number {
    return this.lines.length;
  }

  blank(line: number): boolean {
    return (this.lines[line - 1] ?? "").trim() === "";
  }

  /** The text from the start of `line` to the end. */
  from(line: number): string {
    return this.text.slice(this.offsets[line - 1]);
  }
}

/**
 * The lines a parse error spoils, from the first line that is not blank after the rows read (`end`) to the line
 * before the next one from which the text parses again; with that parse, or `undefined` when none does. `undefined`
 * as a whole when only blank lines are left.
 */
const brokenRun = (
  source: CsvLines,
  end: number,
  error: unknown,
  delimiter: string,
  reparse: (from: number) => Parsed,
): { broken: CsvBrokenLines; next: number; resumed: Parsed | undefined } | undefined => {
  let line = end + 1;
  while (line <= source.count && source.blank(line)) line++;
  if (line > source.count) return undefined;
  const column = badQuoteColumn(source.lines[line - 1] ?? "", delimiter);
  // csv-parse counts lines from where it was started, which is not the file's line: its numbers are left out.
  const reason = errorText(error)
    .replace(/ at line \d+/gu, "")
    .replace(/ \d+$/u, "");
  let next = line + 1;
  let resumed: Parsed | undefined;
  for (; next <= source.count; next++) {
    if (source.blank(next)) continue;
    const attempt = reparse(next);
    if (attempt.rows.length > 0 || attempt.error === undefined) {
      resumed = attempt;
      break;
    }
  }
  let lastLine = next - 1;
  while (lastLine > line && source.blank(lastLine)) lastLine--;
  return {
    broken: { kind: "broken", line, lastLine, ...(column === undefined ? {} : { column }), reason },
    next,
    resumed,
  };
};

/**
 * Reads the records of a CSV text, recovering from a broken record instead of losing the file: a record that does
 * not parse (most often a quote that is never closed, which would swallow the rest of the file) spoils only itself
 * and the lines up to the next line from which the text parses again; those lines are returned as
 * {@link CsvBrokenLines}, every other record as a {@link CsvRow}, in the order of the file. Empty lines are skipped;
 * every other line is in exactly one entry. `parse` is csv-parse's (`csv-parse/sync`). Line breaks are read as LF,
 * a CRLF in a cell included.
 */
export const readCsvRecords = (
  text: string,
  delimiter: string,
  parse: typeof CsvParse,
): (CsvRow | CsvBrokenLines)[] => {
  // csv-parse counts a CRLF inside a quoted cell as two lines and may keep a CR at the end of a row's last cell.
  const source = new CsvLines(text.replace(/\r\n/gu, "\n"));
  const reparse = (from: number) => parseAll(parse, source.from(from), delimiter);
  const entries: (CsvRow | CsvBrokenLines)[] = [];
  let from = 1;
  let parsed = parseAll(parse, source.text, delimiter);
  for (;;) {
    let end = from - 1;
    for (const row of parsed.rows) {
      entries.push({ kind: "row", line: from - 1 + startLine(row), cells: row.record });
      end = from - 1 + row.info.lines;
    }
    if (parsed.error === undefined) return entries;
    const run = brokenRun(source, end, parsed.error, delimiter, reparse);
    if (run === undefined) return entries;
    entries.push(run.broken);
    if (run.resumed === undefined) return entries;
    from = run.next;
    parsed = run.resumed;
  }
};
