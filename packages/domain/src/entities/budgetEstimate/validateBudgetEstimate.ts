import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { type BudgetEstimate, budgetEstimateSchema } from "./BudgetEstimate.ts";
import { estimateIssues } from "./estimateIssues.ts";

const estimateCheck = fieldCheckFor<BudgetEstimate>();

/** The rules of a budget estimate beyond its schema, each with the fields it reads. */
const estimateChecks: readonly FieldCheck<BudgetEstimate>[] = [
  estimateCheck(["symbol"], (t, estimate) => symbolTypeIssue(t, estimate.symbol, "typed", "budget.symbol-type")),
  estimateCheck(["lines", "total"], (t, estimate) => estimateIssues(t, estimate)),
  estimateCheck(["copies"], (t, estimate) => copiesIssue(t, estimate.copies)),
];

/**
 * Checks a budget estimate: its schema, a symbol starting with a Phụ lục III abbreviation (`budget.symbol-type`:
 * «DT» is none), each line's amount equal to quantity × unit price, the stated total equal to the sum of the lines
 * (exactly, in đồng), a «Nơi nhận» ending «Lưu: VT, …». Never throws on bad data.
 *
 * @deprecated A dự toán is not a Decree 30 document type: validate a plan with a `budgetEstimate` (`validatePlan`)
 * or a tờ trình carrying one (`validateSubmission`) instead.
 * @example
 * ```ts
 * const result = validateBudgetEstimate({ ...sampleBudgetEstimate2020, total: 45_000_000 });
 * result.issues.find((issue) => issue.code === "budget.total")?.params; // { stated: 45000000, sum: "45500000" }
 * ```
 */
export const validateBudgetEstimate = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<BudgetEstimate> => runValidation(budgetEstimateSchema, input, options, estimateChecks);
