import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { fieldLabel, type Language, languages, validateNationalSummaryMeta } from "@xhht/domain";
import { CsvToDocumentsError, convertCsvToDocuments } from "./convertCsvToDocuments.ts";

/** Where the script writes: standard output and error by default, replaceable in tests. */
export interface MainIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const usage = `Usage: csv-to-documents <reports.csv> [-o out] [--lang vi|en] [--year 2020] [--meta meta.json]

Writes one .docx per valid row into the folder (default ./out), summary.json and summary.docx; reports every
refused row with its row number and issues. Exit code 0 when every row was written, 1 when a row was refused,
2 when the file or the options cannot be used.`;

const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

const loadMeta = async (file: string, lang: Language) => {
  const result = validateNationalSummaryMeta(JSON.parse(await readFile(file, "utf8")), { lang });
  if (!result.ok) {
    const detail = result.issues.map((issue) => `${fieldLabel(issue.path, { lang })}: ${issue.message}`).join("; ");
    throw new CsvToDocumentsError(`${file} is not a national-summary-meta: ${detail}`);
  }
  return result.value;
};

/**
 * Runs the script with its command-line arguments and returns the exit code: 0 all rows written, 1 a row was
 * refused, 2 bad usage or a file that cannot be read.
 *
 * @example
 * ```ts
 * process.exitCode = await main(["data/communes.csv", "-o", "out", "--lang", "en"]);
 * ```
 */
export const main = async (
  argv: readonly string[],
  io: MainIo = { out: (line) => console.log(line), err: (line) => console.error(line) },
): Promise<number> => {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o", default: "out" },
        lang: { type: "string", default: "vi" },
        year: { type: "string" },
        meta: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help === true) {
      io.out(usage);
      return 0;
    }
    const [input, ...extra] = positionals;
    if (input === undefined || extra.length > 0) throw new CsvToDocumentsError(`one CSV file expected\n\n${usage}`);
    if (!isLanguage(values.lang)) throw new CsvToDocumentsError(`--lang must be vi or en, not «${values.lang}»`);
    const lang = values.lang;
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !Number.isInteger(year))
      throw new CsvToDocumentsError(`--year ${values.year} is not a year`);
    const meta = values.meta === undefined ? undefined : await loadMeta(values.meta, lang);
    const result = await convertCsvToDocuments({
      input,
      outDir: values.out,
      lang,
      ...(year === undefined ? {} : { year }),
      ...(meta === undefined ? {} : { meta }),
      log: io.out,
    });
    return result.refused.length > 0 ? 1 : 0;
  } catch (error) {
    if (
      error instanceof CsvToDocumentsError ||
      String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS_")
    ) {
      io.err((error as Error).message);
      return 2;
    }
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === "ENOENT") {
      io.err(`cannot read ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
};
