import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { type CommitteeDecision, committeeDecisionSchema } from "./CommitteeDecision.ts";

const decisionCheck = fieldCheckFor<CommitteeDecision>();

/** The rules of a committee decision beyond its schema, each with the fields it reads. */
const decisionChecks: readonly FieldCheck<CommitteeDecision>[] = [
  decisionCheck(["symbol"], (t, decision) => symbolTypeIssue(t, decision.symbol, "quyet-dinh", "decision.symbol-type")),
  decisionCheck(["members"], (t, decision) => {
    const heads = decision.members.filter((member) => member.role === "head").length;
    return heads === 1 ? [] : createIssue(t, "decision.head-count", ["members"], { count: heads });
  }),
  decisionCheck(["copies"], (t, decision) => copiesIssue(t, decision.copies)),
];

/**
 * Checks a decision setting up the Week's organising committee: its schema, a «QĐ-» symbol, exactly one head of
 * the committee, a «Nơi nhận» ending «Lưu: VT, …». Never throws on bad data.
 *
 * @example
 * ```ts
 * const result = validateCommitteeDecision({ ...sampleCommitteeDecision2020, members: [] }, { lang: "en" });
 * if (!result.ok) for (const issue of result.issues) console.log(formatIssuePath(issue.path), issue.message);
 * ```
 */
export const validateCommitteeDecision = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<CommitteeDecision> => runValidation(committeeDecisionSchema, input, options, decisionChecks);
