import { extname } from "node:path";
import type { Directive, NationalSummary, NationalSummaryMeta, SummaryUnit } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import type { InputRecord } from "../input/InputRecord.ts";
import type { CliMessageKey } from "../locales/vi.ts";
import { checkOutputFile } from "../output/checkOutputFile.ts";
import { formatIssue, fromIssue, type ReportedIssue, recordSource, whereOf } from "../output/ReportedIssue.ts";
import {
  loadDirective,
  loadOneRecord,
  type OutputFormat,
  parseYear,
  say,
  sayJson,
  sdkArgument,
  type WrittenOutput,
  writeOutput,
} from "./common.ts";
import { InputCollection } from "./InputCollection.ts";

/** Options of `xhht summarize`. */
export interface SummarizeOptions {
  readonly year: string;
  /** Whose reports are summed: the provinces' (the default), or one province's communes' or districts'. */
  readonly level?: "province" | UnitLevel;
  /** With `level: "commune"` or `"district"`, the province whose communes or districts reported: its code or name. */
  readonly province?: string;
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

/** The levels below a province whose reports a province sums: its communes (from 01/07/2025) or its districts (before). */
type UnitLevel = "commune" | "district";

/** Whose reports are summed: the provinces', or one province's communes' or districts' with the units expected. */
type Scope =
  | { readonly level: "province" }
  | {
      readonly level: UnitLevel;
      readonly province: { readonly code: string; readonly name: string };
      readonly units: readonly SummaryUnit[];
    };

/** The texts that name the units of a level below the province. */
const unitTexts = {
  commune: {
    needed: "summarize.province-needed",
    neededHint: "summarize.province-needed.hint",
    none: "summarize.no-communes",
    noneHint: "summarize.no-communes.hint",
    title: "summarize.title-commune",
    rejected: "summarize.rejected-commune",
    duplicateOf: "summarize.duplicate-of-commune",
  },
  district: {
    needed: "summarize.province-needed-district",
    neededHint: "summarize.province-needed-district.hint",
    none: "summarize.no-districts",
    noneHint: "summarize.no-districts.hint",
    title: "summarize.title-district",
    rejected: "summarize.rejected-district",
    duplicateOf: "summarize.duplicate-of-district",
  },
} as const satisfies Record<UnitLevel, Record<string, CliMessageKey>>;

/** The units of `province` expected to report on `lastDay` at `level`: its communes, or its districts. */
const unitsOf = async (level: UnitLevel, lastDay: string, province: string): Promise<readonly SummaryUnit[]> =>
  level === "commune"
    ? (await import("@xhht/domain/communes")).communes(lastDay, { province })
    : (await import("@xhht/domain/districts")).districts(lastDay, { province });

/**
 * The level `--level` and `--province` ask for: at the commune or district level the province (by code or name, in
 * force on the Week's last day) and its communes or districts on that day; a usage error (exit 2) without
 * `--province`, with one that names no province, for a year the SDK has no such units for (communes before
 * 01/07/2025, districts from then), or with `--province` at the province level.
 */
const scopeOf = async (
  context: CliContext,
  options: SummarizeOptions,
  year: number,
  directive: Directive | undefined,
): Promise<Scope> => {
  const { t } = context;
  if (options.level === undefined || options.level === "province") {
    if (options.province === undefined) return { level: "province" };
    throw new CliError(cliErrorCodes.usage, t("summarize.province-without-commune"), {
      hint: t("summarize.province-without-commune.hint"),
    });
  }
  const { level } = options;
  const texts = unitTexts[level];
  if (options.province === undefined) {
    throw new CliError(cliErrorCodes.usage, t(texts.needed), { hint: t(texts.neededHint) });
  }
  const [domain, calendar] = await Promise.all([import("@xhht/domain"), import("@xhht/calendar")]);
  const lastDay = (
    directive?.year === year ? directive.week : await sdkArgument(context, () => calendar.lifelongLearningWeek(year))
  ).end;
  const found = domain.findProvince(options.province, lastDay);
  if (found === undefined) {
    throw new CliError(
      cliErrorCodes.usage,
      t("summarize.province-unknown", { province: options.province, date: calendar.formatShortDate(lastDay) }),
      { hint: t("summarize.province-unknown.hint") },
    );
  }
  const units = await unitsOf(level, lastDay, found.code);
  if (units.length === 0) {
    throw new CliError(cliErrorCodes.usage, t(texts.none, { date: calendar.formatShortDate(lastDay) }), {
      hint: t(texts.noneHint),
    });
  }
  return { level, province: { code: found.code, name: found.name }, units };
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
 * a province (or of a commune) is told which one was kept.
 */
const locatedIssues = (
  context: CliContext,
  domain: typeof import("@xhht/domain"),
  summary: NationalSummary,
  inputs: InputCollection,
  scope: Scope,
): ReportedIssue[] => {
  const { t, lang } = context;
  const duplicateOf = scope.level === "province" ? "summarize.duplicate-of" : unitTexts[scope.level].duplicateOf;
  const { records } = inputs;
  return [
    ...inputs.failures,
    ...summary.issues.flatMap((issue): ReportedIssue[] => {
      const [index, ...path] = issue.path;
      const record = typeof index === "number" ? records[index] : undefined;
      if (record === undefined) return [];
      const reported = fromIssue({ ...issue, path }, record, t, domain.fieldLabel(path, { lang }));
      const kept = typeof issue.params.kept === "number" ? records[issue.params.kept] : undefined;
      return [
        issue.code === "summary.duplicate" && kept !== undefined
          ? { ...reported, hint: t(duplicateOf, { where: whereOf(recordSource(kept)) }) }
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

/**
 * The summary as text: its title, the late and missing provinces (or communes), the reports refused, and the
 * totals.
 */
const printSummary = async (
  context: CliContext,
  summary: NationalSummary,
  { year, scope }: { readonly year: number; readonly scope: Scope },
  inputs: InputCollection,
  issues: readonly ReportedIssue[],
): Promise<void> => {
  const { t, lang } = context;
  const domain = await import("@xhht/domain");
  const { records, failures } = inputs;
  const codeOf = (unit: {
    readonly province: string;
    readonly commune?: string | undefined;
    readonly district?: string | undefined;
  }) => (scope.level === "province" ? unit.province : (unit[scope.level] ?? unit.province));
  const name = (code: string) => summary.rows.find((row) => codeOf(row) === code)?.name ?? code;
  const number = new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN");
  const counts = {
    year,
    rows: summary.rows.length,
    expected: summary.expected,
    inputs: records.length + failures.length,
  };
  say(
    context,
    scope.level === "province"
      ? t("summarize.title", counts)
      : t(unitTexts[scope.level].title, { ...counts, province: scope.province.name }),
  );
  say(context, t("summarize.late", { count: summary.late.length }));
  for (const late of summary.late) {
    say(
      context,
      `  - ${name(codeOf(late))} (${codeOf(late)}): ${t("summarize.days-late", { days: late.daysLate })} — ${whereOf(sourceAt(records, late.index))}`,
    );
  }
  say(context, t("summarize.missing", { count: summary.missing.length }));
  if (summary.missing.length > 0) {
    say(context, `  ${summary.missing.map((entry) => `${entry.name} (${codeOf(entry)})`).join(", ")}`);
  }
  const refused = issues.filter((issue) => issue.severity === "error");
  const rejected = summary.rejected.length + summary.duplicates.length + failures.length;
  say(
    context,
    t(scope.level === "province" ? "summarize.rejected" : unitTexts[scope.level].rejected, { count: rejected }),
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
 * refused (invalid, of another year, or a second report of a province) with its file and line. With
 * `--level commune --province <code or name>`, the province's summary of its communes' reports instead, against
 * the communes of the province on the Week's last day; with `--level district` (before 01/07/2025), of its
 * districts' reports; a province's own report among them is refused (`summary.level-mismatch`).
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
  const scope = await scopeOf(context, options, year, directive);
  const inputs = await readReports(context, reports);
  const { records, unreadable } = inputs;
  // A year the SDK has no Week for is the user's mistake, said as the SDK says it.
  const summary = await sdkArgument(context, () =>
    domain.summarizeReports(
      records.map((record) => record.value),
      {
        year,
        lang,
        ...(directive === undefined ? {} : { directive }),
        ...(scope.level === "province" ? {} : { level: scope.level, units: scope.units }),
      },
    ),
  );
  const issues = locatedIssues(context, domain, summary, inputs, scope);
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
  await printSummary(context, summary, { year, scope }, inputs, issues);
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
