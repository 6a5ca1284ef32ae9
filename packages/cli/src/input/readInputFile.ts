import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { errorText } from "./errorText.ts";
import type { InputFile } from "./InputRecord.ts";
import { type InputFormat, inputFormatOf } from "./inputFormats.ts";
import { readCsv } from "./readCsv.ts";
import { readJson } from "./readJson.ts";
import { readJsonLines } from "./readJsonLines.ts";
import { readText } from "./readText.ts";
import { readYaml } from "./readYaml.ts";

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

/** The reader of each format: the text of a file and its name as the user wrote it, into records. */
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
      { file: display, hint: t(format === "csv" ? "input.csv-not-here.hint" : "input.format.hint") },
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
      { file: display, hint: t("input.too-complex.hint"), cause: error },
    );
  }
};
