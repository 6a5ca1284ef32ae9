import { type BudgetEstimate, budgetEstimateSchema } from "./BudgetEstimate.ts";
import { copiesIssue } from "./copiesIssue.ts";
import { createIssue } from "./createIssue.ts";
import type { LanguageOptions, Translate } from "./createTranslator.ts";
import type { Issue, ValidationResult } from "./Issue.ts";
import { runValidation } from "./runValidation.ts";

const checkEstimate = (t: Translate, estimate: BudgetEstimate): Issue[] => {
  const issues: Issue[] = [];
  // BigInt: quantity × unit price may pass Number's safe range before the comparison says so.
  estimate.lines.forEach((line, index) => {
    const product = BigInt(line.quantity) * BigInt(line.unitPrice);
    if (product !== BigInt(line.amount)) {
      issues.push(
        createIssue(t, "budget.line-amount", ["lines", index, "amount"], {
          stated: line.amount,
          product: product.toString(),
        }),
      );
    }
  });
  const sum = estimate.lines.reduce((total, line) => total + BigInt(line.amount), 0n);
  if (sum !== BigInt(estimate.total))
    issues.push(createIssue(t, "budget.total", ["total"], { stated: estimate.total, sum: sum.toString() }));
  const copies = copiesIssue(t, estimate.copies);
  if (copies) issues.push(copies);
  return issues;
};

/**
 * Checks a budget estimate: its schema, each line's amount equal to quantity × unit price, the stated total equal
 * to the sum of the lines (exactly, in đồng), a «Nơi nhận» ending «Lưu: VT, …». Never throws on bad data.
 *
 * @example
 * ```ts
 * const result = validateBudgetEstimate(input);
 * result.issues.find((issue) => issue.code === "budget.total")?.params; // { stated: 45000000, sum: "45500000" }
 * ```
 */
export const validateBudgetEstimate = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<BudgetEstimate> => runValidation(budgetEstimateSchema, input, options, checkEstimate);
