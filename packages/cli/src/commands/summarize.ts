import { extname, resolve } from "node:path";
import type { NationalSummaryMeta } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { expandInputs } from "../input/expandInputs.ts";
import type { InputRecord } from "../input/InputRecord.ts";
import { readInputFile } from "../input/readInputFile.ts";
import { checkOutputFile } from "../output/checkOutputFile.ts";
import {
  formatIssue,
  fromCliError,
  fromFailure,
  fromIssue,
  type ReportedIssue,
  whereOf,
} from "../output/ReportedIssue.ts";
import {
  loadDirective,
  type OutputFormat,
  parseYear,
  say,
  sayJson,
  type WrittenOutput,
  writeOutput,
} from "./common.ts";

/** Options of `xhht summarize`. */
export interface SummarizeOptions {
  readonly year: string;
  readonly out?: string;
  readonly meta?: string;
  readonly directive?: string;
  readonly format: OutputFormat;
  /** Replace an output file that exists with other content (never an input). */
  readonly force?: boolean;
}

const loadMeta = async (context: CliContext, file: string | undefined, year: number): Promise<NationalSummaryMeta> => {
  const { t, lang } = context;
  const domain = await import("@xhht/domain");
  if (file === undefined) {
    if (year === domain.sampleNationalSummaryMeta2020.year) {
      context.stderr.write(`xhht: ${t("summarize.sample-meta")}\n`);
      return domain.sampleNationalSummaryMeta2020;
    }
    throw new CliError(cliErrorCodes.usage, t("summarize.meta-needed", { year }), {}, t("summarize.meta-needed.hint"));
  }
  const read = await readInputFile(resolve(context.cwd, file), { t, csv: false, display: file });
  const [record] = read.records;
  if (record === undefined || read.records.length !== 1) {
    throw new CliError(cliErrorCodes.format, t("summarize.meta-one"), { file }, t("summarize.meta-needed.hint"));
  }
  const result = domain.validateNationalSummaryMeta(record.value, { lang });
  if (!result.ok) {
    const first = result.issues.find((issue) => issue.severity === "error");
    const reported = first && fromIssue(first, record, t);
    throw new CliError(
      cliErrorCodes.format,
      t("summarize.meta-invalid", { issue: reported ? formatIssue(reported, t) : "" }),
      { file, ...(reported?.line === undefined ? {} : { line: reported.line }) },
      t("summarize.meta-needed.hint"),
    );
  }
  return result.value;
};

/**
 * `xhht summarize <reports…> --year 2020 [-o summary.docx|summary.json]`: the national summary of a year's
 * provincial reports: totals, the provinces that have not reported and those that were late, and every report
 * refused (invalid, of another year, or a second report of a province) with its file and line.
 */
export const summarizeCommand = async (
  context: CliContext,
  reports: readonly string[],
  options: SummarizeOptions,
): Promise<ExitCode> => {
  const { t, lang } = context;
  const year = parseYear(context, options.year, "--year");
  const extension = options.out === undefined ? undefined : extname(options.out).toLowerCase();
  if (extension !== undefined && extension !== ".json" && extension !== ".docx") {
    throw new CliError(
      cliErrorCodes.usage,
      t("summarize.out-format", { file: options.out }),
      {},
      t("summarize.out-format.hint"),
    );
  }
  const extraInputs = [options.meta, options.directive].filter((file) => file !== undefined);
  if (options.out !== undefined) await checkOutputFile(context, options.out, [...reports, ...extraInputs]);
  const given = await loadDirective(context, options.directive);
  const domain = await import("@xhht/domain");
  const directive = [given, domain.directive2020].find((candidate) => candidate?.year === year);
  const records: InputRecord[] = [];
  const failures: ReportedIssue[] = [];
  const unreadable: ReportedIssue[] = [];
  const inputPaths: string[] = [...extraInputs];
  for (const path of reports) {
    try {
      for (const input of await expandInputs([path], context.cwd, t)) {
        inputPaths.push(input.path);
        try {
          const read = await readInputFile(input.path, { t, csv: true, display: input.display });
          records.push(...read.records);
          failures.push(...read.failures.map(fromFailure));
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          unreadable.push(fromCliError(error));
        }
      }
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      unreadable.push(fromCliError(error));
    }
  }
  const summary = domain.summarizeReports(
    records.map((record) => record.value),
    directive === undefined ? { year, lang } : { year, lang, directive },
  );
  const sourceOf = (index: number) => {
    const record = records[index];
    if (record === undefined) return { file: "", line: 0 };
    return { file: record.file, line: record.line, ...(record.count > 1 ? { record: record.index + 1 } : {}) };
  };
  const issues: ReportedIssue[] = [
    ...failures,
    ...summary.issues.flatMap((issue): ReportedIssue[] => {
      const [index, ...path] = issue.path;
      const record = typeof index === "number" ? records[index] : undefined;
      if (record === undefined) return [];
      const reported = fromIssue({ ...issue, path }, record, t);
      const kept = issue.params.kept;
      return [
        issue.code === "summary.duplicate" && typeof kept === "number" && records[kept] !== undefined
          ? { ...reported, hint: t("summarize.duplicate-of", { where: whereOf(sourceOf(kept)) }) }
          : reported,
      ];
    }),
  ];
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const status = unreadable.length > 0 ? exitCodes.usage : errors > 0 ? exitCodes.issues : exitCodes.ok;
  const located = {
    ...summary,
    sources: records.map((_, index) => sourceOf(index)),
    issues,
    unreadable,
  };
  for (const issue of unreadable) context.stderr.write(`${formatIssue(issue, t)}\n`);
  let written: WrittenOutput | undefined;
  if (options.out !== undefined) {
    const target = { inputs: inputPaths, force: options.force };
    if (extension === ".json") {
      written = await writeOutput(context, options.out, `${JSON.stringify(located, null, 2)}\n`, target);
    } else {
      const meta = await loadMeta(context, options.meta, year);
      const { renderNationalSummary } = await import("@xhht/templates");
      written = await writeOutput(context, options.out, await renderNationalSummary(summary, { meta }), target);
    }
  }
  if (options.format === "json") {
    sayJson(context, located);
    return status;
  }
  const name = (province: string) => summary.rows.find((row) => row.province === province)?.name ?? province;
  const number = new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN");
  say(
    context,
    t("summarize.title", {
      year,
      rows: summary.rows.length,
      expected: summary.expected,
      inputs: records.length + failures.length,
    }),
  );
  say(context, t("summarize.late", { count: summary.late.length }));
  for (const late of summary.late) {
    say(
      context,
      `  - ${name(late.province)} (${late.province}): ${t("summarize.days-late", { days: late.daysLate })} — ${whereOf(sourceOf(late.index))}`,
    );
  }
  say(context, t("summarize.missing", { count: summary.missing.length }));
  if (summary.missing.length > 0) {
    say(context, `  ${summary.missing.map((entry) => `${entry.name} (${entry.province})`).join(", ")}`);
  }
  const refused = issues.filter((issue) => issue.severity === "error");
  say(
    context,
    t("summarize.rejected", { count: summary.rejected.length + summary.duplicates.length + failures.length }),
  );
  for (const issue of refused) say(context, `  ${formatIssue(issue, t).replace(/\n/gu, "\n  ")}`);
  say(context, t("summarize.totals"));
  for (const measure of domain.measures) {
    const value = summary.totals[measure];
    if (value > 0) say(context, `  ${domain.labelOf("measure", measure, { lang })}: ${number.format(value)}`);
  }
  say(context, `  ${t("summarize.examples")}: ${number.format(summary.totals.examples)}`);
  say(
    context,
    `  ${t("summarize.commendations")}: ${number.format(summary.totals.collectives)} / ${number.format(summary.totals.individuals)}`,
  );
  say(context, `  ${t("summarize.budget")}: ${number.format(summary.totals.budgetSpent)}`);
  if (written !== undefined) {
    say(
      context,
      written.status === "unchanged"
        ? `✔ ${t("output.unchanged", { file: options.out })}`
        : t("summarize.written", { file: options.out }),
    );
  }
  return status;
};
