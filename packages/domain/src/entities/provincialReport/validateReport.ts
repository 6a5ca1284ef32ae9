import { vietnamCivilDate } from "@xhht/calendar";
import { activityCatalogue } from "../../data/activityCatalogue.ts";
import type { Deadline } from "../../fields/deadlineSchema.ts";
import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { checkOptions } from "../../rules/checkOptions.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import type { KnownUnits } from "../../rules/KnownUnits.ts";
import { provinceIssue } from "../../rules/provinceIssue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { unitIssues } from "../../rules/unitIssues.ts";
import type { DirectiveTerms } from "../directive/DirectiveTerms.ts";
import { latenessOn } from "./lateness.ts";
import { type ProvincialReport, provincialReportSchema } from "./ProvincialReport.ts";
import { reportDeadline } from "./reportDeadline.ts";

/**
 * Options of {@link validateReport}.
 *
 * @example
 * ```ts
 * const options: ValidateReportOptions = { deadline: { kind: "before", date: "2020-10-20" } };
 * validateReport(sampleReport2020, options).issues.map((issue) => issue.params.daysLate); // [8]
 * ```
 */
export interface ValidateReportOptions extends LanguageOptions {
  /** The year's directive: its reporting deadline applies when `deadline` is not given. */
  readonly directive?: DirectiveTerms;
  /** The deadline to judge lateness by, overriding the directive's (a province's own, earlier deadline). */
  readonly deadline?: Deadline;
  /**
   * The units to look the report's `commune` and `district` up in ({@link KnownUnits}: `communes(date)` of
   * `@xhht/domain/communes`, `districts(date)` of `@xhht/domain/districts`): a code not listed, or listed under
   * another province, is an issue. Without it only the codes' form is checked.
   */
  readonly knownUnits?: KnownUnits;
}

/** The measures each catalogued activity may count, as sets: built once, not once a report. */
const applicableMeasures: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  activityCatalogue.map((entry) => [entry.code, new Set<string>(entry.measures)]),
);

const reportField = fieldCheckFor<ProvincialReport>();

/**
 * The checks of a report beyond its schema, for `options`, each with the fields it reads: `validateReport` runs them
 * on one report, a batch on every report it reads.
 */
export const reportCheck = (
  options: ValidateReportOptions,
  caller = "validateReport",
): FieldCheck<ProvincialReport>[] => {
  checkOptions(caller, options);
  return [
    reportField(["province", "date"], (t, report) => provinceIssue(t, report.province, report.date, ["province"])),
    reportField(["province", "commune", "district"], (t, report) => unitIssues(t, report, options.knownUnits)),
    reportField(["copies"], (t, report) => copiesIssue(t, report.copies)),
    reportField(["symbol"], (t, report) => symbolTypeIssue(t, report.symbol, "bao-cao", "report.symbol-type")),
    reportField(["activities"], (t, report) => {
      const issues: Issue[] = [];
      const seen = new Set<string>();
      report.activities.forEach((activity, index) => {
        const applicable = applicableMeasures.get(activity.code);
        if (seen.has(activity.code)) {
          issues.push(
            createIssue(t, "report.activity-duplicate", ["activities", index, "code"], { code: activity.code }),
          );
        }
        seen.add(activity.code);
        if (applicable === undefined) {
          if (!activity.code.startsWith("local.")) {
            issues.push(
              createIssue(t, "report.activity-unknown", ["activities", index, "code"], { code: activity.code }),
            );
          }
          return;
        }
        for (const measure of Object.keys(activity.measures)) {
          if (!applicable.has(measure)) {
            issues.push(
              createIssue(t, "report.measure-not-applicable", ["activities", index, "measures", measure], {
                measure,
                code: activity.code,
              }),
            );
          }
        }
      });
      return issues;
    }),
    reportField(["submittedAt", "date"], (t, report) => {
      const submittedOn = vietnamCivilDate(report.submittedAt);
      return submittedOn < report.date
        ? createIssue(t, "report.sent-before-dated", ["submittedAt"], { submittedOn, date: report.date })
        : [];
    }),
    reportField(["submittedAt", "year"], (t, report) => {
      const deadline = reportDeadline(report.year, options);
      if (deadline === undefined) {
        return createIssue(t, "report.lateness-not-checked", ["submittedAt"], { year: report.year });
      }
      const submittedOn = vietnamCivilDate(report.submittedAt);
      const late = latenessOn(deadline, submittedOn);
      if (late === undefined || late.daysLate <= 0) return [];
      const { lastDay, daysLate, workingDaysLate, movedFrom, rule, provisional } = late;
      const params = {
        submittedOn,
        lastDay,
        daysLate,
        workingDaysLate: workingDaysLate ?? "?",
        ...(movedFrom && rule && { movedFrom, rule }),
        ...(provisional && { provisional }),
      };
      const context = workingDaysLate === undefined ? "no-working-days" : movedFrom ? "moved" : undefined;
      return createIssue(t, "report.late", ["submittedAt"], params, context);
    }),
  ];
};

/**
 * Checks a province's report of results: schema (its «Kính gửi» `recipients` one line each, at least one, the
 * Ministry when absent so that older reports still validate), province on the report's date, symbol, activities and
 * their measures, a «Nơi nhận» ending «Lưu: VT, …», and lateness against the deadline (a warning with the days late,
 * judged in Vietnam's time; a last day on a weekend or holiday moves to the next working day, Bộ luật Dân sự 2015,
 * Điều 148 khoản 5, and the issue's `movedFrom` and `rule` say so; without a deadline or a directive of the report's
 * year, an `info` issue `report.lateness-not-checked` says lateness was not checked). Never throws on bad data.
 *
 * @example
 * ```ts
 * const result = validateReport(
 *   { ...sampleReport2020, submittedAt: "2020-11-02T09:00:00+07:00" },
 *   { directive: directive2020 },
 * );
 * result.issues.find((issue) => issue.code === "report.late")?.params.daysLate; // 4
 * ```
 */
export const validateReport = (
  input: unknown,
  options: ValidateReportOptions = {},
): ValidationResult<ProvincialReport> => runValidation(provincialReportSchema, input, options, reportCheck(options));
