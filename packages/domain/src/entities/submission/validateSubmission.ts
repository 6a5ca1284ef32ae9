import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { estimateIssues } from "../budgetEstimate/estimateIssues.ts";
import { type Submission, submissionSchema } from "./Submission.ts";

const submissionCheck = fieldCheckFor<Submission>();

/** The rules of a tờ trình beyond its schema, each with the fields it reads. */
const submissionChecks: readonly FieldCheck<Submission>[] = [
  submissionCheck(["symbol"], (t, submission) =>
    symbolTypeIssue(t, submission.symbol, "to-trinh", "submission.symbol-type"),
  ),
  submissionCheck(["budgetEstimate", "issuerName"], (t, submission) =>
    submission.budgetEstimate !== undefined && submission.issuerName === undefined
      ? createIssue(t, "appendix.issuer-name", ["issuerName"], {})
      : [],
  ),
  submissionCheck(["budgetEstimate.lines", "budgetEstimate.total"], (t, submission) =>
    submission.budgetEstimate === undefined ? [] : estimateIssues(t, submission.budgetEstimate, ["budgetEstimate"]),
  ),
  submissionCheck(["copies"], (t, submission) => copiesIssue(t, submission.copies)),
];

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
  runValidation(submissionSchema, input, options, submissionChecks);
