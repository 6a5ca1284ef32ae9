import { errorRules } from "../data/errorRules.ts";
import { issueRules } from "../data/issueRules.ts";
import type { Rule } from "./Rule.ts";

const byId: ReadonlyMap<string, Pick<Rule, "severity" | "basis">> = new Map(
  [...issueRules, ...errorRules].map((rule) => [rule.id, rule] as const),
);

/**
 * The severity and basis of the rule an issue carries: an issue rule or an error code, as `getRule` has them, but
 * without the layout rules, which no issue carries. `undefined` for any other id.
 */
export const getIssueRule = (id: string): Pick<Rule, "severity" | "basis"> | undefined => byId.get(id);
