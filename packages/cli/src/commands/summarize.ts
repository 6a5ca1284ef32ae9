import { extname } from "node:path";
import type { NationalSummary, NationalSummaryMeta } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import type { InputRecord } from "../input/InputRecord.ts";
import { checkOutputFile } from "../output/checkOutputFile.ts";
import { formatIssue, fromIssue, type ReportedIssue, recordSource, whereOf } from "../output/ReportedIssue.ts";
import {
  loadDirective,
  loadOneRecord,
  type OutputFormat,
  parseYear,
  say,
  sayJson,
  type WrittenOutput,
  writeOutput,
} from "./common.ts";
import { InputCollection } from "./InputCollection.ts";

/** Options of `xhht summarize`. */
export interface SummarizeOptions {
  readonly year: string;
  readonly out?: string;
  readonly meta?: string;
  readonly directive?: string;
  readonly format: OutputFormat;
  /** Replace an output file that exists with other content (never an input). */
  readonly force?: boolean;
  /** How the user wrote `-o`/`--out`, for the hints; `-o` by default. */
  readonly outOption?: string | undefined;
}

/** The meta of the summary's document: `--meta`'s, or for 2020 without it the SDK's sample (said on stderr). */
const loadMeta = async (context: CliContext, file: string | undefined, year: number): Promise<NationalSummaryMeta> => {
  const { t, lang } = context;
  const domain = await import("@xhht/domain");
  if (file === undefined) {
    if (year === domain.sampleNationalSummaryMeta2020.year) {
      context.stderr.write(`xhht: ${t("summarize.sample-meta")}\n`);
      return domain.sampleNationalSummaryMeta2020;
    }
    throw new CliError(cliErrorCodes.usage, t("summarize.meta-needed", { year }), {
      hint: t("summarize.meta-needed.hint"),
    });
  }
  return loadOneRecord(context, file, (value) => domain.validateNationalSummaryMeta(value, { lang }), {
    one: "summarize.meta-one",
    oneHint: "summarize.meta-needed.hint",
    invalid: "summarize.meta-invalid",
    invalidHint: "summarize.meta-needed.hint",
  });
};

/** The extension of `-o`, lower case: `.json` or `.docx`; any other stops the command (exit 2). */
const outputExtensionOf = (context: CliContext, out: string | undefined): ".json" | ".docx" | undefined => {
  const extension = out === undefined ? undefined : extname(out).toLowerCase();
  if (extension === undefined || extension === ".json" || extension === ".docx") return extension;
  const { t } = context;
  throw new CliError(cliErrorCodes.usage, t("summarize.out-format", { file: out }), {
    hint: t("summarize.out-format.hint"),
  });
};

/** Reads every report given (a folder standing for its files), CSV included. */
const readReports = async (context: CliContext, reports: readonly string[]): Promise<InputCollection> => {
  const inputs = new InputCollection(context, true);
  for (const given of reports) {
    for (const input of await inputs.expand(given)) await inputs.read(input);
  }
  return inputs;
};

/**
 * The summary's issues placed in the reports' files, after the records that could not be read; a second report of
 * a province is told which one was kept.
 */
const locatedIssues = (context: CliContext, summary: NationalSummary, inputs: InputCollection): ReportedIssue[] => {
  const { t } = context;
  const { records } = inputs;
  return [
    ...inputs.failures,
    ...summary.issues.flatMap((issue): ReportedIssue[] => {
      const [index, ...path] = issue.path;
      const record = typeof index === "number" ? records[index] : undefined;
      if (record === undefined) return [];
      const reported = fromIssue({ ...issue, path }, record, t);
      const kept = typeof issue.params.kept === "number" ? records[issue.params.kept] : undefined;
      return [
        issue.code === "summary.duplicate" && kept !== undefined
          ? { ...reported, hint: t("summarize.duplicate-of", { where: whereOf(recordSource(kept)) }) }
          : reported,
      ];
    }),
  ];
};

/** Where the record of index `index` of the summary is; an empty place for an index no record has. */
const sourceAt = (records: readonly InputRecord[], index: number) => {
  const record = records[index];
  return record === undefined ? { file: "", line: 0 } : recordSource(record);
};

/** The summary as text: its title, the late and missing provinces, the reports refused, and the totals. */
const printSummary = async (
  context: CliContext,
  summary: NationalSummary,
  year: number,
  inputs: InputCollection,
  issues: readonly ReportedIssue[],
): Promise<void> => {
  const { t, lang } = context;
  const domain = await import("@xhht/domain");
  const { records, failures } = inputs;
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
      `  - ${name(late.province)} (${late.province}): ${t("summarize.days-late", { days: late.daysLate })} — ${whereOf(sourceAt(records, late.index))}`,
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
  const extension = outputExtensionOf(context, options.out);
  const extraInputs = [options.meta, options.directive].filter((file) => file !== undefined);
  const output = { option: options.outOption ?? "-o", extension: extension ?? ".docx" };
  if (options.out !== undefined) await checkOutputFile(context, options.out, [...reports, ...extraInputs], output);
  const given = await loadDirective(context, options.directive);
  const domain = await import("@xhht/domain");
  const directive = [given, domain.directive2020].find((candidate) => candidate?.year === year);
  const inputs = await readReports(context, reports);
  const { records, unreadable } = inputs;
  const summary = domain.summarizeReports(
    records.map((record) => record.value),
    directive === undefined ? { year, lang } : { year, lang, directive },
  );
  const issues = locatedIssues(context, summary, inputs);
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const status = unreadable.length > 0 ? exitCodes.usage : errors > 0 ? exitCodes.issues : exitCodes.ok;
  const located = {
    ...summary,
    sources: records.map((_, index) => sourceAt(records, index)),
    issues,
    unreadable,
  };
  for (const issue of unreadable) context.stderr.write(`${formatIssue(issue, t)}\n`);
  let written: WrittenOutput | undefined;
  if (options.out !== undefined) {
    const target = { inputs: [...extraInputs, ...inputs.paths], force: options.force, option: output.option };
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
  await printSummary(context, summary, year, inputs, issues);
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
