import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import type { ProvincialReport, ProvincialReportInput } from "../provincialReport/ProvincialReport.ts";
import { type ValidateReportOptions, validateReport } from "../provincialReport/validateReport.ts";
import type { NationalSummary } from "./summarizeReports.ts";

/**
 * What a province writes itself on the report it builds from its communes' (or districts') summary: every field of a report but
 * the results, which come from the summary.
 *
 * @example
 * ```ts
 * const { year, activities, examples, commendations, budgetSpent, ...header } = sampleReport2020;
 * const own: ReportHeader = header;
 * ```
 */
export type ReportHeader = Omit<
  ProvincialReportInput,
  "year" | "commune" | "district" | "activities" | "examples" | "commendations" | "budgetSpent"
>;

/**
 * The province's report to the Ministry, written from the summary of its communes' reports: each activity's
 * measures summed over the accepted commune reports, the examples, commendations and money spent likewise, under
 * the `header` the province signs; then validated like any report (`validateReport`, with `options`). A summary
 * with no accepted report gives a report without activities, refused with its issue: nothing is invented.
 *
 * @example
 * ```ts
 * const communes = [{ code: "00004", name: "Phường Ba Đình", province: "01" }];
 * const ofBaDinh = { ...sampleReport2020, province: "01", commune: "00004", year: 2025, date: "2025-10-20", submittedAt: "2025-10-21T09:00:00+07:00" };
 * const summary = summarizeReports([ofBaDinh], { year: 2025, level: "commune", units: communes });
 * const { year, commune, activities, examples, commendations, budgetSpent, ...header } = ofBaDinh;
 * reportFromSummary(summary, { ...header, date: "2025-10-24", submittedAt: "2025-10-24T10:00:00+07:00" }).value?.budgetSpent; // 44800000
 * ```
 */
export const reportFromSummary = (
  summary: NationalSummary,
  header: ReportHeader,
  options: ValidateReportOptions & LanguageOptions = {},
): ValidationResult<ProvincialReport> => {
  const { totals } = summary;
  const activities = Object.keys(summary.activities)
    .sort()
    .map((code) => ({ code, measures: { ...summary.activities[code] } }));
  return validateReport(
    {
      ...header,
      year: summary.year,
      activities,
      examples: totals.examples,
      commendations: { collectives: totals.collectives, individuals: totals.individuals },
      budgetSpent: totals.budgetSpent,
    },
    options,
  );
};
