import type { IssueRuleId } from "../data/rules.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import { getIssueRule } from "./getIssueRule.ts";
import type { Issue } from "./Issue.ts";
import type { RuleParams } from "./RuleParams.ts";

/**
 * The arguments of {@link createIssue} after the path: the rule's parameters, each placeholder of its message required
 * (left out when it has none), then the context.
 *
 * @example
 * ```ts
 * const args: CreateIssueArguments<"text.too-long"> = [{ maximum: 10, length: 12 }];
 * const none: CreateIssueArguments<"text.blank"> = [];
 * args.length + none.length; // 1
 * ```
 */
export type CreateIssueArguments<Id extends IssueRuleId> = [keyof RuleParams<Id>] extends [never]
  ? [params?: Readonly<Record<string, unknown>>, context?: string]
  : [params: RuleParams<Id> & Readonly<Record<string, unknown>>, context?: string];

/**
 * An issue for rule `code` at `path`, its severity and basis taken from the rule data and its message from `t`;
 * `context` picks a variant of the message (i18next's context: the key `<code>_<context>`), not part of `params`.
 * `params` must name each `{{placeholder}}` of the rule's message (`RuleParams`): a missing one does not compile.
 *
 * @example
 * ```ts
 * const issue = createIssue(createTranslator({ lang: "en" }), "text.blank", ["subject"]);
 * issue; // { code: "text.blank", severity: "error", path: ["subject"], params: {}, basis: undefined, message: "Must not be blank." }
 * createIssue(createTranslator({ lang: "en" }), "text.too-long", ["subject"], { maximum: 10, length: 12 }).message; // "Too long: at most 10 characters, and this has 12."
 * ```
 */
export const createIssue = <Id extends IssueRuleId>(
  t: Translate,
  code: Id,
  path: readonly (string | number)[],
  ...[params = {}, context]: CreateIssueArguments<Id>
): Issue<Id, RuleParams<Id> & Readonly<Record<string, unknown>>> => {
  const rule = getIssueRule(code);
  return {
    code,
    severity: rule?.severity ?? "error",
    path,
    params,
    basis: rule?.basis,
    message: t(code, context === undefined ? params : { ...params, context }),
  } as Issue<Id, RuleParams<Id> & Readonly<Record<string, unknown>>>;
};
