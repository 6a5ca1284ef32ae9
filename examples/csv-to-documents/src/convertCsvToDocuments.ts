import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Language,
  type NationalSummary,
  type NationalSummaryMetaInput,
  sampleNationalSummaryMeta2020,
} from "@xhht/domain";
import { renderNationalSummary, renderReport, TemplateError } from "@xhht/templates";
import { CsvToDocumentsError } from "./CsvToDocumentsError.ts";
import { checkRow } from "./checkRow.ts";
import { documentFileName } from "./documentFileName.ts";
import { formatRowIssue, type RowIssue, rowIssueOf, rowIssueOfFailure } from "./RowIssue.ts";
import { readReportRows } from "./readReportRows.ts";
import { summarizeRows } from "./summarizeRows.ts";

/** Options of {@link convertCsvToDocuments}. */
export interface ConvertOptions {
  /** The CSV of reports, one per row (columns as in docs/cli.md). */
  readonly input: string;
  /** The folder the documents and the summary go into; made when missing. */
  readonly outDir: string;
  /** The language of the issues' messages; Vietnamese by default. */
  readonly lang?: Language;
  /** The year summed up; by default the year of the first row that has one. */
  readonly year?: number;
  /** The summary document's own fields (number, signer, recipients…); the SDK's SAMPLE fields for 2020 when absent. */
  readonly meta?: NationalSummaryMetaInput;
  /** Where progress lines go; nowhere by default. */
  readonly log?: (line: string) => void;
}

/** A document written for a row. */
export interface WrittenDocument {
  readonly row: number;
  readonly record: number;
  readonly file: string;
  readonly bytes: number;
  readonly province: string;
  readonly issuer: string;
  readonly place: string;
  /** Warnings and infos of the row (a late report): written all the same. */
  readonly issues: readonly RowIssue[];
}

/** A row with no document: invalid, or not readable as a row. */
export interface RefusedRow {
  readonly row: number;
  readonly record: number;
  readonly issues: readonly RowIssue[];
}

/** What a run did: every data row of the CSV is in `written` or in `refused`. */
export interface ConversionResult {
  readonly input: string;
  readonly outDir: string;
  readonly total: number;
  readonly written: readonly WrittenDocument[];
  readonly refused: readonly RefusedRow[];
  /** Valid rows the summary does not count: a second row of a province, a row of another year. */
  readonly notCounted: readonly RowIssue[];
  readonly summary: NationalSummary;
  /** The summary's files inside `outDir`: `summary.json`, and `summary.docx` when there are document fields for it. */
  readonly summaryFiles: readonly string[];
}

export { CsvToDocumentsError };

/**
 * Turns a CSV of reports into one .docx per valid row (`renderReport`), refusing invalid rows with their issues,
 * and writes the national summary of the rows (`summarizeReports`) as `summary.json` and `summary.docx`
 * (`renderNationalSummary`). Documents are dated by their own date (no `generatedAt`), exactly as
 * `xhht generate --batch` makes them, so the two give the same bytes under the same names.
 *
 * @example
 * ```ts
 * const result = await convertCsvToDocuments({ input: "data/communes.csv", outDir: "out", lang: "en", log: console.log });
 * console.log(result.written.length, result.refused.length);
 * ```
 */
export const convertCsvToDocuments = async (options: ConvertOptions): Promise<ConversionResult> => {
  const lang = options.lang ?? "vi";
  const log = options.log ?? (() => {});
  const { file, rows, unreadable } = await readReportRows(options.input, { lang });
  await mkdir(options.outDir, { recursive: true });
  const total = rows.length + unreadable.length;
  const written: WrittenDocument[] = [];
  const refused: RefusedRow[] = [];
  const refuse = (entry: RefusedRow) => {
    refused.push(entry);
    log(`✖ row ${entry.row} (record ${entry.record}): refused, no document`);
    for (const issue of entry.issues) log(`    ${formatRowIssue(file, issue)}`);
  };

  for (const failure of unreadable) {
    refuse({ row: failure.line, record: failure.index + 1, issues: [rowIssueOfFailure(failure)] });
  }
  for (const row of rows) {
    const record = row.index + 1;
    const checked = checkRow(row, lang);
    if (!checked.ok) {
      refuse({ row: row.line, record, issues: checked.issues });
      continue;
    }
    const { report, directive } = checked;
    let bytes: Uint8Array;
    try {
      bytes = await renderReport(report, directive === undefined ? { lang } : { directive, lang });
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      const issues =
        error.issues.length > 0
          ? error.issues.map((issue) => rowIssueOf(issue, row, lang))
          : [{ row: row.line, record, code: error.code, severity: "error" as const, path: [], message: error.message }];
      refuse({ row: row.line, record, issues });
      continue;
    }
    const name = documentFileName(file, row.index, row.count);
    await writeFile(join(options.outDir, name), bytes);
    written.push({
      row: row.line,
      record,
      file: name,
      bytes: bytes.byteLength,
      province: report.province,
      issuer: report.issuer,
      place: report.place,
      issues: checked.issues,
    });
    log(`✔ row ${row.line} (record ${record}) ${report.issuer} → ${join(options.outDir, name)}`);
    for (const issue of checked.issues) log(`    ${formatRowIssue(file, issue)}`);
  }
  refused.sort((a, b) => a.row - b.row);

  const firstYear = rows.map((row) => (row.value as { year?: unknown } | null)?.year).find(Number.isInteger);
  const year = options.year ?? (typeof firstYear === "number" ? firstYear : undefined);
  if (year === undefined) throw new CsvToDocumentsError("no row gives a year to sum up: pass --year");
  const { summary, notCounted } = summarizeRows(rows, { year, lang });
  for (const issue of notCounted) log(`  not counted in the summary: ${formatRowIssue(file, issue)}`);

  const summaryFiles = ["summary.json"];
  await writeFile(
    join(options.outDir, "summary.json"),
    `${JSON.stringify(
      {
        input: file,
        year,
        total,
        written: written.length,
        refused: refused.length,
        documents: written,
        refusedRows: refused,
        notCounted,
        summary,
      },
      null,
      2,
    )}\n`,
  );
  const meta =
    options.meta ?? (year === sampleNationalSummaryMeta2020.year ? sampleNationalSummaryMeta2020 : undefined);
  if (meta === undefined) {
    log(`no document fields for the ${year} summary (--meta): summary.docx not written, summary.json is`);
  } else {
    if (options.meta === undefined) log("summary.docx uses the SDK's SAMPLE document fields (give yours with --meta)");
    await writeFile(join(options.outDir, "summary.docx"), await renderNationalSummary(summary, { meta }));
    summaryFiles.push("summary.docx");
  }
  log(
    `${total} rows: ${written.length} written, ${refused.length} refused` +
      `${refused.length > 0 ? ` (row${refused.length > 1 ? "s" : ""} ${refused.map((entry) => entry.row).join(", ")})` : ""}; ` +
      `summary of ${summary.rows.length} reports in ${summaryFiles.map((name) => join(options.outDir, name)).join(", ")}`,
  );
  return { input: file, outDir: options.outDir, total, written, refused, notCounted, summary, summaryFiles };
};
