import { vietnamCivilDate } from "@xhht/calendar";
import { provinces } from "./admin/provinces.ts";
import { createIssue } from "./createIssue.ts";
import { createTranslator } from "./createTranslator.ts";
import { type Measure, measures } from "./data/vocabulary.ts";
import type { Issue } from "./Issue.ts";
import { type ProvincialReport, provincialReportSchema } from "./ProvincialReport.ts";
import { runValidationWith } from "./runValidation.ts";
import { reportCheck, type ValidateReportOptions } from "./validateReport.ts";
import { weekOf } from "./weekOf.ts";

/** Options of {@link summarizeReports}: the year being summarised, plus those of `validateReport`. */
export interface SummarizeReportsOptions extends ValidateReportOptions {
  readonly year: number;
}

/** One province's line in the national summary. */
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

/** The Ministry's national summary of a year's provincial reports. Every input is in exactly one of `rows`, `rejected`, `duplicates`. */
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
  readonly daysLate: number;
}

const zeroMeasures = () => Object.fromEntries(measures.map((measure) => [measure, 0])) as Record<Measure, number>;
const prefixed = (index: number, issues: readonly Issue[]) =>
  issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));

/**
 * Sums up a year's provincial reports for the Prime Minister: validates each, refuses invalid ones and second
 * reports of a province (the earliest sent is kept), totals every measure, lists the provinces that have not
 * reported and those that were late. No report is dropped silently: each input ends in `rows`, `rejected` or
 * `duplicates`. Never throws on bad data.
 *
 * @example
 * ```ts
 * const summary = summarizeReports(reports, { year: 2020, directive: directive2020 });
 * summary.totals.learners; // learners across all provinces
 * summary.missing.map((entry) => entry.name); // provinces still to report
 * ```
 */
export const summarizeReports = (inputs: readonly unknown[], options: SummarizeReportsOptions): NationalSummary => {
  const t = createTranslator(options);
  const check = reportCheck(options);
  const issues: Issue[] = [];
  const rejected: { index: number; issues: readonly Issue[] }[] = [];
  // Per province, the report kept so far: the earliest sent, the first given among equals. A report it replaces
  // or that loses to it is remembered without its data, so a large batch does not hold every report it has read.
  const kept = new Map<string, Accepted>();
  const later: { index: number; province: string; sentAt: number }[] = [];
  inputs.forEach((input, index) => {
    const result = runValidationWith(provincialReportSchema, input, t, check);
    issues.push(...prefixed(index, result.issues));
    if (!result.ok) {
      rejected.push({ index, issues: result.issues });
    } else if (result.value.year !== options.year) {
      const mismatch = createIssue(t, "summary.year-mismatch", [index, "year"], {
        found: result.value.year,
        year: options.year,
      });
      issues.push(mismatch);
      rejected.push({ index, issues: [mismatch] });
    } else {
      const report = result.value;
      const late = result.issues.find((issue) => issue.code === "report.late");
      const daysLate = typeof late?.params.daysLate === "number" ? late.params.daysLate : 0;
      const entry = { index, report, sentAt: Date.parse(report.submittedAt), daysLate };
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
  });
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

  const week = weekOf(options.year, options.directive);
  const inForce = provinces(week.end);
  const names = new Map(inForce.map((province) => [province.code, province.name]));
  const totals = { ...zeroMeasures(), examples: 0, collectives: 0, individuals: 0, budgetSpent: 0 };
  const rows: SummaryRow[] = accepted.map(({ index, report, daysLate }) => {
    const counted = zeroMeasures();
    for (const activity of report.activities) {
      for (const [measure, value] of Object.entries(activity.measures) as [Measure, number][])
        counted[measure] += value;
    }
    for (const measure of measures) totals[measure] += counted[measure];
    totals.examples += report.examples;
    totals.collectives += report.commendations.collectives;
    totals.individuals += report.commendations.individuals;
    totals.budgetSpent += report.budgetSpent;
    return {
      index,
      province: report.province,
      name: names.get(report.province) ?? report.province,
      submittedOn: vietnamCivilDate(report.submittedAt),
      daysLate,
      measures: counted,
      examples: report.examples,
      commendations: report.commendations,
      budgetSpent: report.budgetSpent,
    };
  });
  const reported = new Set(rows.map((row) => row.province));
  const missing = inForce
    .filter((province) => !reported.has(province.code))
    .map((province) => ({ province: province.code, name: province.name }));
  for (const entry of missing) issues.push(createIssue(t, "summary.missing", [], entry));
  const late = rows
    .filter((row) => row.daysLate > 0)
    .map((row) => ({ index: row.index, province: row.province, daysLate: row.daysLate }));
  return { year: options.year, expected: inForce.length, rows, totals, missing, late, rejected, duplicates, issues };
};
