import { activityGroups } from "../../data/vocabulary.ts";
import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { checkOptions } from "../../rules/checkOptions.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import { districtTierIssues } from "../../rules/districtTierIssues.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { provinceIssue } from "../../rules/provinceIssue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
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
}

const localPrefix = "local.";

const checkPlan = (t: Translate, plan: ProvincialPlan, directive: DirectiveTerms | undefined): Issue[] => {
  const issues: Issue[] = [];
  const week = weekOf(plan.year, directive);
  const province = provinceIssue(t, plan.province, plan.date, ["province"]);
  if (province) issues.push(province);
  const copies = copiesIssue(t, plan.copies);
  if (copies) issues.push(copies);
  issues.push(
    ...districtTierIssues(t, plan.date, [
      ...plan.activities.flatMap((activity, index) =>
        activity.responsible.map((text, at) => [["activities", index, "responsible", at], text] as const),
      ),
      ...plan.copies.map((text, index) => [["copies", index], text] as const),
    ]),
  );
  const symbolType = symbolTypeIssue(t, plan.symbol, "ke-hoach", "plan.symbol-type");
  if (symbolType) issues.push(symbolType);
  if (plan.date >= week.start)
    issues.push(createIssue(t, "plan.issued-after-week", ["date"], { date: plan.date, start: week.start }));
  const planned = new Set<string>();
  plan.activities.forEach((activity, index) => {
    const at = (field: string) => ["activities", index, field];
    const entry = findActivity(activity.code);
    if (entry) planned.add(entry.group);
    else if (!activity.code.startsWith(localPrefix))
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
  const required =
    directive !== undefined && directive.activities.length > 0
      ? new Set(directive.activities.map((activity) => findActivity(activity.code)?.group))
      : new Set(activityGroups);
  for (const group of activityGroups) {
    if (required.has(group) && !planned.has(group))
      issues.push(createIssue(t, "plan.group-missing", ["activities"], { group }));
  }
  if (plan.budgetEstimate !== undefined) {
    if (plan.issuerName === undefined) issues.push(createIssue(t, "appendix.issuer-name", ["issuerName"], {}));
    issues.push(...estimateIssues(t, plan.budgetEstimate, ["budgetEstimate"]));
    if (plan.budget.length > 0 || plan.budgetTotal !== undefined) {
      const planned = BigInt(plan.budgetTotal ?? plan.budget.reduce((total, line) => total + BigInt(line.amount), 0n));
      if (planned !== BigInt(plan.budgetEstimate.total)) {
        issues.push(
          createIssue(t, "plan.budget-estimate-total", ["budgetEstimate", "total"], {
            estimate: plan.budgetEstimate.total,
            planned: planned.toString(),
          }),
        );
      }
    }
  }
  if (plan.budgetTotal !== undefined) {
    const sum = plan.budget.reduce((total, line) => total + BigInt(line.amount), 0n);
    if (sum !== BigInt(plan.budgetTotal)) {
      const exact = sum <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(sum) : String(sum);
      issues.push(createIssue(t, "plan.budget-total", ["budgetTotal"], { stated: plan.budgetTotal, sum: exact }));
    }
  }
  return issues;
};

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
  return runValidation(provincialPlanSchema, input, options, (t, plan) => checkPlan(t, plan, options.directive));
};
