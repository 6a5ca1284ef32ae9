/**
 * Where an issue is in a file: its line (1-based), column when known, and for CSV the column's name.
 *
 * @example
 * ```ts
 * const { records } = await readInputFile("reports.csv", { t: createCliTranslator("en"), csv: true });
 * const where: SourcePosition | undefined = records[0]?.locate(["province"]);
 * where; // { line: 2, column: 2, field: "province" }
 * ```
 */
export interface SourcePosition {
  readonly line: number;
  readonly column?: number;
  /** The CSV column the value came from: `opening-ceremony:participants`. */
  readonly field?: string;
}

/**
 * One record read from a file: its value, its number in the file and where it starts.
 *
 * @example
 * ```ts
 * const { records } = await readInputFile("reports.csv", { t: createCliTranslator("en"), csv: true });
 * const second: InputRecord | undefined = records[1];
 * second?.index; // 1
 * second?.line; // 3
 * validateReport(second?.value).ok; // true
 * ```
 */
export interface InputRecord {
  readonly file: string;
  /** 0-based position of the record among the file's records. */
  readonly index: number;
  /** How many records the file holds. */
  readonly count: number;
  readonly line: number;
  readonly value: unknown;
  /** Where a path inside the value is in the file; the record's own line when the path cannot be found. */
  readonly locate: (path: readonly (string | number)[]) => SourcePosition;
}

/**
 * A record that could not be read (a JSON Lines line or a YAML document that is not well-formed, a CSV row of the wrong length).
 *
 * @example
 * ```ts
 * await writeFile("notes.jsonl", '{"year":2020}\n{oops\n');
 * const { failures } = await readInputFile("notes.jsonl", { t: createCliTranslator("en"), csv: false });
 * const failure: RecordFailure | undefined = failures[0];
 * failure?.line; // 2
 * failure?.message; // "invalid JSON: …"
 * ```
 */
export interface RecordFailure {
  readonly file: string;
  readonly index: number;
  readonly line: number;
  readonly column?: number;
  readonly message: string;
  readonly hint?: string;
}

/**
 * What one input file gives: its records and the ones that could not be read.
 *
 * @example
 * ```ts
 * const file: InputFile = await readInputFile("reports.csv", { t: createCliTranslator("en"), csv: true });
 * file.records.length; // 2
 * file.failures; // []
 * ```
 */
export interface InputFile {
  readonly file: string;
  readonly records: readonly InputRecord[];
  readonly failures: readonly RecordFailure[];
}
