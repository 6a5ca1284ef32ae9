import { readInstant } from "@xhht/calendar";
import { provinces } from "../../admin/provinces.ts";
import { type Measure, measures } from "../../data/vocabulary.ts";
import { DomainError } from "../../errors/DomainError.ts";
import { domainErrorCodes } from "../../errors/domainErrorCodes.ts";
import { createTranslator } from "../../i18n/createTranslator.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { runValidationWith } from "../../rules/runValidation.ts";
import { unreadableIssue } from "../../rules/unreadableIssue.ts";
import { weekOf } from "../directive/weekOf.ts";
import { type ProvincialReport, provincialReportSchema } from "../provincialReport/ProvincialReport.ts";
import { reportCheck, type ValidateReportOptions } from "../provincialReport/validateReport.ts";

/**
 * Options of {@link summarizeReports}: the year being summarised, plus those of `validateReport`.
 *
 * @example
 * ```ts
 * const options: SummarizeReportsOptions = { year: 2020, directive: directive2020, lang: "en" };
 * summarizeReports([sampleReport2020], options).rows.length; // 1
 * ```
 */
export interface SummarizeReportsOptions extends ValidateReportOptions {
  readonly year: number;
}

/**
 * One province's line in the national summary.
 *
 * @example
 * ```ts
 * const [row]: readonly SummaryRow[] = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 }).rows;
 * row?.name; // "Tỉnh Nam Định"
 * row?.measures.books; // 96000
 * row?.budgetSpent; // 44800000
 * ```
 */
export interface SummaryRow {
  /** The position of the report in the input. */
  readonly index: number;
  readonly province: string;
  readonly name: string;
  readonly submittedOn: string;
  /** Days after the last day; 0 when on time or when no deadline applies. */
  readonly daysLate: number;
  readonly measures: Readonly<Record<Measure, number>>;
  readonly examples: number;
  readonly commendations: { readonly collectives: number; readonly individuals: number };
  readonly budgetSpent: number;
}

/**
 * The Ministry's national summary of a year's provincial reports. Every input is in exactly one of `rows`, `rejected`, `duplicates`.
 *
 * @example
 * ```ts
 * const summary: NationalSummary = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 });
 * summary.expected; // 63
 * summary.missing.length; // 62
 * summary.totals.learners; // 2140
 * ```
 */
export interface NationalSummary {
  readonly year: number;
  /** The provinces expected to report: those in force on the Week's last day. */
  readonly expected: number;
  readonly rows: readonly SummaryRow[];
  readonly totals: Readonly<Record<Measure, number>> & {
    readonly examples: number;
    readonly collectives: number;
    readonly individuals: number;
    readonly budgetSpent: number;
  };
  /** Expected provinces with no accepted report. */
  readonly missing: readonly { readonly province: string; readonly name: string }[];
  /** Accepted reports sent after the last day. */
  readonly late: readonly { readonly index: number; readonly province: string; readonly daysLate: number }[];
  /** Inputs refused because they are invalid or of another year, with their issues. */
  readonly rejected: readonly { readonly index: number; readonly issues: readonly Issue[] }[];
  /** Second and later reports of a province already counted, with the entry that was kept. */
  readonly duplicates: readonly { readonly index: number; readonly province: string; readonly kept: number }[];
  /** Every issue, its path starting with the input's index. */
  readonly issues: readonly Issue[];
}

/** An accepted report and what the summary needs of it. */
interface Accepted {
  readonly index: number;
  readonly report: ProvincialReport;
  readonly sentAt: number;
  readonly submittedOn: string;
  readonly daysLate: number;
}

type TotalField = Measure | "examples" | "collectives" | "individuals" | "budgetSpent";

/** How many inputs there are; a value that is no array is a programming error. */
const inputCount = (inputs: unknown): number => {
  let count: unknown;
  try {
    count = Array.isArray(inputs) ? inputs.length : undefined;
  } catch {
    count = undefined;
  }
  if (typeof count !== "number") {
    throw new DomainError(domainErrorCodes.invalidArgument, "summarizeReports: `inputs` must be an array of reports");
  }
  return count;
};

const yearOf = (options: unknown): number => {
  const year = typeof options === "object" && options !== null ? (options as { year?: unknown }).year : undefined;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 2011 || year > 2200) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      `summarizeReports: \`options.year\` must be the year summarised, a whole number from 2011 to 2200; got ${String(year)}`,
    );
  }
  return year;
};

const zeroMeasures = () => Object.fromEntries(measures.map((measure) => [measure, 0])) as Record<Measure, number>;
const prefixed = (index: number, issues: readonly Issue[]) =>
  issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));

/**
 * Sums up a year's provincial reports for the Prime Minister: validates each, refuses invalid ones and second
 * reports of a province (the earliest sent is kept), totals every measure, lists the provinces that have not
 * reported and those that were late. No report is dropped silently: each index of `inputs` (a hole, `null`, an
 * object whose getters throw, a report that would carry a total past `Number.MAX_SAFE_INTEGER`) ends in exactly
 * one of `rows`, `rejected` or `duplicates`. Never throws on bad data; throws a {@link DomainError} only when
 * `inputs` is not an array (`domain.invalid-argument`) or `options` has no valid `year` (`domain.invalid-option`)
 * or an unsupported `lang` (`domain.unsupported-language`).
 *
 * @example
 * ```ts
 * const summary = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 });
 * summary.totals.learners; // learners across all provinces
 * summary.missing.length; // 62: the provinces still to report
 * ```
 */
export const summarizeReports = (inputs: readonly unknown[], options: SummarizeReportsOptions): NationalSummary => {
  const count = inputCount(inputs);
  const year = yearOf(options);
  const t = createTranslator(options);
  const check = reportCheck(options, "summarizeReports");
  const issues: Issue[] = [];
  const rejected: { index: number; issues: readonly Issue[] }[] = [];
  const refuse = (index: number, refusal: readonly Issue[]) => {
    issues.push(...prefixed(index, refusal));
    rejected.push({ index, issues: refusal });
  };
  // Per province, the report kept so far: the earliest sent, the first given among equals. A report it replaces
  // or that loses to it is remembered without its data, so a large batch does not hold every report it has read.
  const kept = new Map<string, Accepted>();
  const later: { index: number; province: string; sentAt: number }[] = [];
  // An index loop, not forEach: a hole in the array is an input too, and is refused like any missing report.
  for (let index = 0; index < count; index++) {
    let result: ValidationResult<ProvincialReport>;
    try {
      result = runValidationWith(provincialReportSchema, inputs[index], t, check);
    } catch (error) {
      refuse(index, [unreadableIssue(t, error)]);
      continue;
    }
    const reading = result.ok ? readInstant(result.value.submittedAt) : undefined;
    if (!result.ok || reading === undefined || !reading.ok) {
      refuse(index, result.issues);
      continue;
    }
    issues.push(...prefixed(index, result.issues));
    const report = result.value;
    if (report.year !== year) {
      refuse(index, [createIssue(t, "summary.year-mismatch", ["year"], { found: report.year, year })]);
      continue;
    }
    const late = result.issues.find((issue) => issue.code === "report.late");
    const daysLate = typeof late?.params.daysLate === "number" ? late.params.daysLate : 0;
    const entry = { index, report, sentAt: reading.epochMs, submittedOn: reading.civilDate, daysLate };
    const first = kept.get(report.province);
    if (first === undefined) {
      kept.set(report.province, entry);
    } else if (entry.sentAt < first.sentAt) {
      later.push({ index: first.index, province: report.province, sentAt: first.sentAt });
      kept.set(report.province, entry);
    } else {
      later.push({ index, province: report.province, sentAt: entry.sentAt });
    }
  }
  later.sort((a, b) => a.sentAt - b.sentAt || a.index - b.index);
  // The same issue for every second report of a province but for its path: its message is made once.
  const duplicateIssues = new Map<string, Issue>();
  const duplicates = later.map(({ index, province }) => {
    const first = (kept.get(province) as Accepted).index;
    let issue = duplicateIssues.get(province);
    if (issue === undefined) {
      issue = createIssue(t, "summary.duplicate", [], { province, kept: first });
      duplicateIssues.set(province, issue);
    }
    issues.push({ ...issue, path: [index, "province"] });
    return { index, province, kept: first };
  });
  const accepted = [...kept.values()];
  accepted.sort((a, b) => (a.report.province < b.report.province ? -1 : a.report.province > b.report.province ? 1 : 0));

  const week = weekOf(year, options.directive);
  const inForce = provinces(week.end);
  const names = new Map(inForce.map((province) => [province.code, province.name]));
  const totals: Record<TotalField, number> = {
    ...zeroMeasures(),
    examples: 0,
    collectives: 0,
    individuals: 0,
    budgetSpent: 0,
  };
  const rows: SummaryRow[] = [];
  for (const { index, report, submittedOn, daysLate } of accepted) {
    const counted = zeroMeasures();
    for (const activity of report.activities) {
      for (const [measure, value] of Object.entries(activity.measures) as [Measure, number][])
        counted[measure] += value;
    }
    const adds: [TotalField, number, readonly (string | number)[]][] = [
      ...measures.map((measure): [TotalField, number, readonly string[]] => [
        measure,
        counted[measure],
        ["activities"],
      ]),
      ["examples", report.examples, ["examples"]],
      ["collectives", report.commendations.collectives, ["commendations", "collectives"]],
      ["individuals", report.commendations.individuals, ["commendations", "individuals"]],
      ["budgetSpent", report.budgetSpent, ["budgetSpent"]],
    ];
    // A sum past Number.MAX_SAFE_INTEGER is rounded without a word: the report that would cross it is refused.
    const overflow = adds.find(([field, value]) => !Number.isSafeInteger(totals[field] + value));
    if (overflow !== undefined) {
      const [field, , path] = overflow;
      refuse(index, [createIssue(t, "summary.total-overflow", path, { field, maximum: Number.MAX_SAFE_INTEGER })]);
      continue;
    }
    for (const [field, value] of adds) totals[field] += value;
    rows.push({
      index,
      province: report.province,
      name: names.get(report.province) ?? report.province,
      submittedOn,
      daysLate,
      measures: counted,
      examples: report.examples,
      commendations: report.commendations,
      budgetSpent: report.budgetSpent,
    });
  }
  rejected.sort((a, b) => a.index - b.index);
  const reported = new Set(rows.map((row) => row.province));
  const missing = inForce
    .filter((province) => !reported.has(province.code))
    .map((province) => ({ province: province.code, name: province.name }));
  for (const entry of missing) issues.push(createIssue(t, "summary.missing", [], entry));
  const late = rows
    .filter((row) => row.daysLate > 0)
    .map((row) => ({ index: row.index, province: row.province, daysLate: row.daysLate }));
  return { year, expected: inForce.length, rows, totals, missing, late, rejected, duplicates, issues };
};
