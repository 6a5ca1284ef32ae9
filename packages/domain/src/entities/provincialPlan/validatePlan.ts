import { activityGroups } from "../../data/vocabulary.ts";
import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { checkOptions } from "../../rules/checkOptions.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import { districtTierIssues } from "../../rules/districtTierIssues.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import type { KnownUnits } from "../../rules/KnownUnits.ts";
import { provinceIssue } from "../../rules/provinceIssue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { unitIssues } from "../../rules/unitIssues.ts";
import { estimateIssues } from "../budgetEstimate/estimateIssues.ts";
import type { DirectiveTerms } from "../directive/DirectiveTerms.ts";
import { findActivity } from "../directive/findActivity.ts";
import { weekOf } from "../directive/weekOf.ts";
import { type ProvincialPlan, provincialPlanSchema } from "./ProvincialPlan.ts";

/**
 * Options of {@link validatePlan}.
 *
 * @example
 * ```ts
 * const options: ValidatePlanOptions = { directive: directive2020, lang: "en" };
 * validatePlan(samplePlan2020, options).ok; // true
 * ```
 */
export interface ValidatePlanOptions extends LanguageOptions {
  /**
   * The year's directive (`directive2020`, `directiveFor(year)`, or one from `defineDirective`): its Week and the
   * activity groups it requires. Without it the calendar's Week is used; without it, or when its activities are
   * unknown, groups a), b), c) are required.
   */
  readonly directive?: DirectiveTerms;
  /**
   * The units to look the plan's `commune` and `district` up in ({@link KnownUnits}: `communes(date)` of
   * `@xhht/domain/communes`, `districts(date)` of `@xhht/domain/districts`): a code not listed, or listed under
   * another province, is an issue. Without it only the codes' form is checked.
   */
  readonly knownUnits?: KnownUnits;
}

const localPrefix = "local.";

const planCheck = fieldCheckFor<ProvincialPlan>();

/** The sum of a plan's budget lines. */
const budgetSum = (budget: ProvincialPlan["budget"]) => budget.reduce((total, line) => total + BigInt(line.amount), 0n);

/** The rules of a plan beyond its schema, each with the fields it reads, for the year's `directive`. */
const planChecks = (
  directive: DirectiveTerms | undefined,
  knownUnits: KnownUnits | undefined,
): FieldCheck<ProvincialPlan>[] => [
  planCheck(["province", "date"], (t, plan) => provinceIssue(t, plan.province, plan.date, ["province"])),
  planCheck(["province", "commune", "district"], (t, plan) => unitIssues(t, plan, knownUnits)),
  planCheck(["copies"], (t, plan) => copiesIssue(t, plan.copies)),
  planCheck(["date", "activities"], (t, plan) =>
    districtTierIssues(
      t,
      plan.date,
      plan.activities.flatMap((activity, index) =>
        activity.responsible.map((text, at) => [["activities", index, "responsible", at], text] as const),
      ),
    ),
  ),
  planCheck(["date", "copies"], (t, plan) =>
    districtTierIssues(
      t,
      plan.date,
      plan.copies.map((text, index) => [["copies", index], text] as const),
    ),
  ),
  planCheck(["symbol"], (t, plan) => symbolTypeIssue(t, plan.symbol, "ke-hoach", "plan.symbol-type")),
  planCheck(["date", "year"], (t, plan) => {
    const { start } = weekOf(plan.year, directive);
    return plan.date >= start ? createIssue(t, "plan.issued-after-week", ["date"], { date: plan.date, start }) : [];
  }),
  planCheck(["activities", "year"], (t, plan) => {
    const issues: Issue[] = [];
    const week = weekOf(plan.year, directive);
    plan.activities.forEach((activity, index) => {
      const at = (field: string) => ["activities", index, field];
      if (findActivity(activity.code) === undefined && !activity.code.startsWith(localPrefix))
        issues.push(createIssue(t, "plan.activity-unknown", at("code"), { code: activity.code }));
      if (activity.end < activity.start) {
        issues.push(createIssue(t, "plan.activity-dates", at("end"), { start: activity.start, end: activity.end }));
      } else if (!activity.yearRound && (activity.start < week.start || activity.end > week.end)) {
        issues.push(
          createIssue(t, "plan.activity-outside-week", at("start"), {
            start: activity.start,
            end: activity.end,
            weekStart: week.start,
            weekEnd: week.end,
          }),
        );
      }
      if (activity.code === "opening-ceremony" && activity.start !== week.opening) {
        issues.push(createIssue(t, "plan.opening-day", at("start"), { opening: week.opening, start: activity.start }));
      }
    });
    return issues;
  }),
  planCheck(["activities"], (t, plan) => {
    const planned = new Set(plan.activities.map((activity) => findActivity(activity.code)?.group));
    const required =
      directive !== undefined && directive.activities.length > 0
        ? new Set(directive.activities.map((activity) => findActivity(activity.code)?.group))
        : new Set(activityGroups);
    return activityGroups
      .filter((group) => required.has(group) && !planned.has(group))
      .map((group) => createIssue(t, "plan.group-missing", ["activities"], { group }));
  }),
  planCheck(["budgetEstimate", "issuerName"], (t, plan) =>
    plan.budgetEstimate !== undefined && plan.issuerName === undefined
      ? createIssue(t, "appendix.issuer-name", ["issuerName"], {})
      : [],
  ),
  planCheck(["budgetEstimate.lines", "budgetEstimate.total"], (t, plan) =>
    plan.budgetEstimate === undefined ? [] : estimateIssues(t, plan.budgetEstimate, ["budgetEstimate"]),
  ),
  planCheck(["budgetEstimate.total", "budget", "budgetTotal"], (t, plan) => {
    if (plan.budgetEstimate === undefined || (plan.budget.length === 0 && plan.budgetTotal === undefined)) return [];
    const planned = plan.budgetTotal === undefined ? budgetSum(plan.budget) : BigInt(plan.budgetTotal);
    return planned === BigInt(plan.budgetEstimate.total)
      ? []
      : createIssue(t, "plan.budget-estimate-total", ["budgetEstimate", "total"], {
          estimate: plan.budgetEstimate.total,
          planned: planned.toString(),
        });
  }),
  planCheck(["budget", "budgetTotal"], (t, plan) => {
    if (plan.budgetTotal === undefined) return [];
    const sum = budgetSum(plan.budget);
    const exact = sum <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(sum) : String(sum);
    return sum === BigInt(plan.budgetTotal)
      ? []
      : createIssue(t, "plan.budget-total", ["budgetTotal"], { stated: plan.budgetTotal, sum: exact });
  }),
];

/**
 * Checks a province's plan for the Week: its schema, its activities against the Week and the directive,
 * its number and symbol, its province on its date, its budget (and its appendix's dự toán: the issuer's name for its
 * «Kèm theo» line, amounts, total, the same total as the budget lines), a «Nơi nhận» ending «Lưu: VT, …»; from 01/07/2025 a warning for each body
 * responsible or «Nơi nhận» line naming a district-level body (`actor.district-abolished`). Never throws on bad data.
 *
 * @example
 * ```ts
 * const result = validatePlan({ ...samplePlan2020, subject: "" }, { directive: directive2020, lang: "en" });
 * if (!result.ok) for (const issue of result.issues) console.log(formatIssuePath(issue.path), issue.message);
 * ```
 */
export const validatePlan = (input: unknown, options: ValidatePlanOptions = {}): ValidationResult<ProvincialPlan> => {
  checkOptions("validatePlan", options);
  return runValidation(provincialPlanSchema, input, options, planChecks(options.directive, options.knownUnits));
};
