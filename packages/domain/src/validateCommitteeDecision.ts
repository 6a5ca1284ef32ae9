import { type CommitteeDecision, committeeDecisionSchema } from "./CommitteeDecision.ts";
import { copiesIssue } from "./copiesIssue.ts";
import { createIssue } from "./createIssue.ts";
import type { LanguageOptions, Translate } from "./createTranslator.ts";
import type { Issue, ValidationResult } from "./Issue.ts";
import { runValidation } from "./runValidation.ts";
import { symbolTypeIssue } from "./symbolTypeIssue.ts";

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
