import { createCliTranslator, type InputRecord, type RecordFailure, readInputFile } from "@xhht/cli";
import type { Language } from "@xhht/domain";

/** The rows of a CSV of reports: those read into a report, and those that could not be read (wrong cell count). */
export interface ReportRows {
  /** The file as shown in messages. */
  readonly file: string;
  readonly rows: readonly InputRecord[];
  readonly unreadable: readonly RecordFailure[];
}

/**
 * Reads a CSV of reports, one per row, with the reader of `xhht` itself (`readInputFile` of `@xhht/cli`), so the
 * columns mean exactly what they mean to `xhht validate` and `xhht generate --batch`: see docs/cli.md, «The CSV of
 * reports». Throws the CLI's `CliError` when the file cannot be read at all (missing, unknown column, broken quoting).
 *
 * @example
 * ```ts
 * const { rows, unreadable } = await readReportRows("data/communes.csv", { lang: "en" });
 * rows[0]?.line; // 2: the header is line 1
 * ```
 */
export const readReportRows = async (path: string, options: { readonly lang: Language }): Promise<ReportRows> => {
  const read = await readInputFile(path, { t: createCliTranslator(options.lang), csv: true, display: path });
  return { file: path, rows: read.records, unreadable: read.failures };
};
