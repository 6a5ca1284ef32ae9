import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { type CommitteeDecision, committeeDecisionSchema } from "./CommitteeDecision.ts";

const checkDecision = (t: Translate, decision: CommitteeDecision): Issue[] => {
  const issues: Issue[] = [];
  const symbolType = symbolTypeIssue(t, decision.symbol, "quyet-dinh", "decision.symbol-type");
  if (symbolType) issues.push(symbolType);
  const heads = decision.members.filter((member) => member.role === "head").length;
  if (heads !== 1) issues.push(createIssue(t, "decision.head-count", ["members"], { count: heads }));
  const copies = copiesIssue(t, decision.copies);
  if (copies) issues.push(copies);
  return issues;
};

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
): ValidationResult<CommitteeDecision> => runValidation(committeeDecisionSchema, input, options, checkDecision);
