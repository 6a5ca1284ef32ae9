import type { Translate } from "../../i18n/createTranslator.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue } from "../../rules/Issue.ts";
import type { EstimateLine } from "./EstimateContent.ts";

/**
 * The sums of a budget estimate: each line's amount equal to quantity × unit price (`budget.line-amount`), the
 * stated total equal to the sum of the lines (`budget.total`), exactly, in đồng. Paths start with `at`: `[]` for a
 * standalone estimate, `["budgetEstimate"]` for a plan's or a submission's.
 */
export const estimateIssues = (
  t: Translate,
  estimate: { readonly lines: readonly EstimateLine[]; readonly total: number },
  at: readonly (string | number)[] = [],
): Issue[] => {
  const issues: Issue[] = [];
  // BigInt: quantity × unit price may pass Number's safe range before the comparison says so.
  estimate.lines.forEach((line, index) => {
    const product = BigInt(line.quantity) * BigInt(line.unitPrice);
    if (product !== BigInt(line.amount)) {
      issues.push(
        createIssue(t, "budget.line-amount", [...at, "lines", index, "amount"], {
          stated: line.amount,
          product: product.toString(),
        }),
      );
    }
  });
  const sum = estimate.lines.reduce((total, line) => total + BigInt(line.amount), 0n);
  if (sum !== BigInt(estimate.total))
    issues.push(createIssue(t, "budget.total", [...at, "total"], { stated: estimate.total, sum: sum.toString() }));
  return issues;
};
