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
import { type SummaryLevel, summaryLevels } from "./summaryLevels.ts";

export { type SummaryLevel, summaryLevels } from "./summaryLevels.ts";

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
  /**
   * Whose reports are summed: `"province"` (the default: the provinces' reports, for the Ministry), `"commune"` (the
   * reports of communes, wards and special zones, each with its `commune` code, for their province) or `"district"`
   * (before 01/07/2025, the reports of a province's quận, huyện, thị xã and thành phố thuộc tỉnh, each with its
   * `district` code and no `commune`).
   */
  readonly level?: SummaryLevel;
  /**
   * The units expected to report. At the province level, by default the provinces in force on the Week's last day;
   * at the commune level required: the communes of the province, e.g. from `@xhht/domain/communes`; at the district
   * level required: the districts of the province, e.g. `districts(weekEnd, { province })` from
   * `@xhht/domain/districts` (empty from 01/07/2025, when there are no districts). A report of a unit not listed is
   * refused (`summary.unit-unexpected`).
   */
  readonly units?: readonly SummaryUnit[];
}

/**
 * A unit expected to report: its code (two digits for a province, five for a commune, three for a district), its
 * name as the summary prints it (`fullName` first when given: «Phường Ba Đình»), and for a commune or a district its
 * province's code. A `District` of `@xhht/domain/districts` is one.
 *
 * @example
 * ```ts
 * const unit: SummaryUnit = { code: "00004", name: "Ba Đình", fullName: "Phường Ba Đình", province: "01" };
 * ```
 */
export interface SummaryUnit {
  readonly code: string;
  readonly name: string;
  readonly fullName?: string | undefined;
  readonly province?: string | undefined;
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
  /** At the commune level, the commune whose report this is. */
  readonly commune?: string | undefined;
  /** At the district level, the district whose report this is. */
  readonly district?: string | undefined;
  /** The unit's name: the province's, or at the commune or district level the commune's or district's. */
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
  /**
   * The version of this shape, as every entity carries (`national-summary` is an entity id): 1. `summarizeReports`
   * writes it; a summary stored without it is read as version 1.
   */
  readonly schemaVersion?: 1;
  readonly year: number;
  /** Whose reports were summed: the provinces', the communes' or the districts'. */
  readonly level: SummaryLevel;
  /** How many units were expected to report: by default the provinces in force on the Week's last day. */
  readonly expected: number;
  readonly rows: readonly SummaryRow[];
  /** The totals of each activity's measures over the accepted reports, by activity code: what a province reports up. */
  readonly activities: Readonly<Record<string, Readonly<Partial<Record<Measure, number>>>>>;
  readonly totals: Readonly<Record<Measure, number>> & {
    readonly examples: number;
    readonly collectives: number;
    readonly individuals: number;
    readonly budgetSpent: number;
  };
  /** Expected units with no accepted report (at the commune or district level, with the commune's or district's code). */
  readonly missing: readonly {
    readonly province: string;
    readonly commune?: string | undefined;
    readonly district?: string | undefined;
    readonly name: string;
  }[];
  /** Accepted reports sent after the last day. */
  readonly late: readonly {
    readonly index: number;
    readonly province: string;
    readonly commune?: string | undefined;
    readonly district?: string | undefined;
    readonly daysLate: number;
  }[];
  /** Inputs refused because they are invalid or of another year, with their issues. */
  readonly rejected: readonly { readonly index: number; readonly issues: readonly Issue[] }[];
  /** Second and later reports of a unit already counted, with the entry that was kept. */
  readonly duplicates: readonly {
    readonly index: number;
    readonly province: string;
    readonly commune?: string | undefined;
    readonly district?: string | undefined;
    readonly kept: number;
  }[];
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

const levelOf = (options: SummarizeReportsOptions): SummaryLevel => {
  const { level = "province" } = options;
  if (!(summaryLevels as readonly unknown[]).includes(level)) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      `summarizeReports: \`options.level\` must be "province", "commune" or "district"; got ${JSON.stringify(level)}`,
    );
  }
  return level;
};

/**
 * The unit a report is counted for at `level`: its province, its commune, or its district (a report with a commune
 * too is that commune's, not the district's own); `undefined` when it is not a report of that level: at the province
 * level, one with a commune or a district.
 */
const unitOf = (report: ProvincialReport, level: SummaryLevel): string | undefined => {
  if (level === "commune") return report.commune;
  if (report.commune !== undefined) return undefined;
  return level === "district" ? report.district : report.district === undefined ? report.province : undefined;
};

/** The field naming a unit below the province in a row or an entry: `{ commune }` or `{ district }`; none above. */
const unitField = (level: SummaryLevel, unit: string): { commune?: string; district?: string } =>
  level === "commune" ? { commune: unit } : level === "district" ? { district: unit } : {};

const unitsOf = (options: SummarizeReportsOptions, level: SummaryLevel): readonly SummaryUnit[] | undefined => {
  const { units } = options;
  const digits = { province: /^\d{2}$/, commune: /^\d{5}$/, district: /^\d{3}$/ }[level];
  const valid =
    Array.isArray(units) &&
    units.every(
      (unit: SummaryUnit) =>
        typeof unit === "object" &&
        unit !== null &&
        typeof unit.code === "string" &&
        digits.test(unit.code) &&
        typeof unit.name === "string" &&
        (level === "province" || (typeof unit.province === "string" && /^\d{2}$/.test(unit.province))),
    );
  if (units === undefined && level === "province") return undefined;
  if (!valid) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      level === "commune"
        ? "summarizeReports: at the commune level `options.units` must list the communes expected to report, each { code (5 digits), name, province (2 digits) }, e.g. communes(date, { province }) from @xhht/domain/communes"
        : level === "district"
          ? "summarizeReports: at the district level `options.units` must list the districts expected to report, each { code (3 digits), name, province (2 digits) }, e.g. districts(date, { province }) from @xhht/domain/districts"
          : "summarizeReports: `options.units`, if given, must list the provinces expected to report, each { code (2 digits), name }",
    );
  }
  return units;
};

/**
 * Sums up a year's reports: the provinces' for the Prime Minister (the default), or, with `level: "commune"`, the
 * communes' for their province, or, with `level: "district"` (before 01/07/2025), the districts' for their province.
 * At the province level a report with a `commune` or a `district` is not the province's own and is refused
 * (`summary.level-mismatch`); at the district level, one without a `district` or with a `commune` likewise. Validates each, refuses invalid ones, reports of the other level or of a unit not
 * expected, and second reports of a unit (the earliest sent is kept), totals every measure (and each activity's
 * measures, from which `reportFromSummary` writes the province's own report), lists the units that have not
 * reported and those that were late. No report is dropped silently: each index of `inputs` (a hole, `null`, an
 * object whose getters throw, a report that would carry a total past `Number.MAX_SAFE_INTEGER`) ends in exactly
 * one of `rows`, `rejected` or `duplicates`. Never throws on bad data; throws a {@link DomainError} only when
 * `inputs` is not an array (`domain.invalid-argument`) or `options` has no valid `year`, `level` or `units`
 * (`domain.invalid-option`) or an unsupported `lang` (`domain.unsupported-language`).
 *
 * @example
 * ```ts
 * const summary = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 });
 * summary.totals.learners; // learners across all provinces
 * summary.missing.length; // 62: the provinces still to report
 * const communes = [{ code: "00004", name: "Phường Ba Đình", province: "01" }, { code: "00008", name: "Phường Ngọc Hà", province: "01" }];
 * const ofBaDinh = { ...sampleReport2020, province: "01", commune: "00004", date: "2025-10-20", year: 2025, submittedAt: "2025-10-21T09:00:00+07:00" };
 * summarizeReports([ofBaDinh], { year: 2025, level: "commune", units: communes }).missing; // [{ province: "01", commune: "00008", name: "Phường Ngọc Hà" }]
 * ```
 */
export const summarizeReports = (inputs: readonly unknown[], options: SummarizeReportsOptions): NationalSummary => {
  const count = inputCount(inputs);
  const year = yearOf(options);
  const level = levelOf(options);
  const units = unitsOf(options, level);
  const expectedUnits = units === undefined ? undefined : new Map(units.map((unit) => [unit.code, unit]));
  const t = createTranslator(options);
  const check = reportCheck(options, "summarizeReports");
  const issues: Issue[] = [];
  const rejected: { index: number; issues: readonly Issue[] }[] = [];
  const refuse = (index: number, refusal: readonly Issue[]) => {
    issues.push(...prefixed(index, refusal));
    rejected.push({ index, issues: refusal });
  };
  // The message variant of the level below the province (`summary.missing_commune`, `summary.duplicate_district`).
  const atUnits = level === "province" ? undefined : level;
  // Per unit, the report kept so far: the earliest sent, the first given among equals. A report it replaces
  // or that loses to it is remembered without its data, so a large batch does not hold every report it has read.
  const kept = new Map<string, Accepted>();
  const later: { index: number; unit: string; sentAt: number }[] = [];
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
    const unit = unitOf(report, level);
    if (unit === undefined) {
      // At the province level, a commune's report (with or without its district) is named by its commune.
      const context = level !== "province" ? level : report.commune === undefined ? "district-report" : undefined;
      const path = [report.commune !== undefined || level === "commune" ? "commune" : "district"];
      const params = { commune: report.commune ?? "", district: report.district ?? "" };
      refuse(index, [createIssue(t, "summary.level-mismatch", path, params, context)]);
      continue;
    }
    if (expectedUnits !== undefined && !expectedUnits.has(unit)) {
      refuse(index, [createIssue(t, "summary.unit-unexpected", [level], { unit, expected: expectedUnits.size })]);
      continue;
    }
    const late = result.issues.find((issue) => issue.code === "report.late");
    const daysLate = typeof late?.params.daysLate === "number" ? late.params.daysLate : 0;
    const entry = { index, report, sentAt: reading.epochMs, submittedOn: reading.civilDate, daysLate };
    const first = kept.get(unit);
    if (first === undefined) {
      kept.set(unit, entry);
    } else if (entry.sentAt < first.sentAt) {
      later.push({ index: first.index, unit, sentAt: first.sentAt });
      kept.set(unit, entry);
    } else {
      later.push({ index, unit, sentAt: entry.sentAt });
    }
  }
  later.sort((a, b) => a.sentAt - b.sentAt || a.index - b.index);
  // The same issue for every second report of a unit but for its path: its message is made once.
  const duplicateIssues = new Map<string, Issue>();
  const duplicates = later.map(({ index, unit }) => {
    const { index: first, report } = kept.get(unit) as Accepted;
    let issue = duplicateIssues.get(unit);
    if (issue === undefined) {
      const params = { province: report.province, ...unitField(level, unit), kept: first };
      issue = createIssue(t, "summary.duplicate", [], params, atUnits);
      duplicateIssues.set(unit, issue);
    }
    issues.push({ ...issue, path: [index, level] });
    return { index, province: report.province, ...unitField(level, unit), kept: first };
  });
  const accepted = [...kept.values()];
  const unitCode = (report: ProvincialReport) => unitOf(report, level) as string;
  accepted.sort((a, b) => {
    const [x, y] = [unitCode(a.report), unitCode(b.report)];
    return x < y ? -1 : x > y ? 1 : 0;
  });

  const week = weekOf(year, options.directive);
  const expected: readonly SummaryUnit[] =
    units ?? provinces(week.end).map((province) => ({ code: province.code, name: province.name }));
  const names = new Map(expected.map((unit) => [unit.code, unit.fullName ?? unit.name]));
  const totals: Record<TotalField, number> = {
    ...zeroMeasures(),
    examples: 0,
    collectives: 0,
    individuals: 0,
    budgetSpent: 0,
  };
  const activities: Record<string, Partial<Record<Measure, number>>> = {};
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
    // Each activity's sums stay below the measure's total, which was just found safe.
    for (const activity of report.activities) {
      const sums = activities[activity.code] ?? {};
      activities[activity.code] = sums;
      for (const [measure, value] of Object.entries(activity.measures) as [Measure, number][]) {
        sums[measure] = (sums[measure] ?? 0) + value;
      }
    }
    const unit = unitCode(report);
    rows.push({
      index,
      province: report.province,
      ...unitField(level, unit),
      name: names.get(unit) ?? unit,
      submittedOn,
      daysLate,
      measures: counted,
      examples: report.examples,
      commendations: report.commendations,
      budgetSpent: report.budgetSpent,
    });
  }
  rejected.sort((a, b) => a.index - b.index);
  const reported = new Set(rows.map((row) => row.commune ?? row.district ?? row.province));
  const missing = expected
    .filter((unit) => !reported.has(unit.code))
    .map((unit) =>
      level === "province"
        ? { province: unit.code, name: unit.fullName ?? unit.name }
        : { province: unit.province as string, ...unitField(level, unit.code), name: unit.fullName ?? unit.name },
    );
  for (const entry of missing) {
    issues.push(createIssue(t, "summary.missing", [], entry, atUnits));
  }
  const late = rows
    .filter((row) => row.daysLate > 0)
    .map((row) => ({
      index: row.index,
      province: row.province,
      ...(row.commune !== undefined && { commune: row.commune }),
      ...(row.district !== undefined && { district: row.district }),
      daysLate: row.daysLate,
    }));
  return {
    schemaVersion: 1,
    year,
    level,
    expected: expected.length,
    rows,
    activities,
    totals,
    missing,
    late,
    rejected,
    duplicates,
    issues,
  };
};
