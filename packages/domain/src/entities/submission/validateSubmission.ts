import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { estimateIssues } from "../budgetEstimate/estimateIssues.ts";
import { type Submission, submissionSchema } from "./Submission.ts";

const checkSubmission = (t: Translate, submission: Submission): Issue[] => {
  const issues: Issue[] = [];
  const symbolType = symbolTypeIssue(t, submission.symbol, "to-trinh", "submission.symbol-type");
  if (symbolType) issues.push(symbolType);
  if (submission.budgetEstimate !== undefined) {
    if (submission.issuerName === undefined) issues.push(createIssue(t, "appendix.issuer-name", ["issuerName"], {}));
    issues.push(...estimateIssues(t, submission.budgetEstimate, ["budgetEstimate"]));
  }
  const copies = copiesIssue(t, submission.copies);
  if (copies) issues.push(copies);
  return issues;
};

/**
 * Checks a tờ trình: its schema (at least one «Kính gửi» recipient and one line of request), a «TTr-» symbol
 * (`submission.symbol-type`), with a dự toán the issuer's name for its appendix (`appendix.issuer-name`) and its
 * amounts and total (`budget.line-amount`,
 * `budget.total`), a «Nơi nhận» ending «Lưu: VT, …», a signing authority its issuer may use. Never throws on bad
 * data.
 *
 * @example
 * ```ts
 * validateSubmission({ ...sampleSubmission2020, symbol: "DT-SGDĐT" }).issues[0]?.code; // "submission.symbol-type"
 * ```
 */
export const validateSubmission = (input: unknown, options: LanguageOptions = {}): ValidationResult<Submission> =>
  runValidation(submissionSchema, input, options, checkSubmission);
