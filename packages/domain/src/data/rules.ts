import type { ErrorCode } from "./errorRules.ts";
import { issueRules } from "./issueRules.ts";
import { layoutRules } from "./layoutRules.ts";

/** Every rule of @xhht/domain. The id is stable and is also the message key in the locale files. */
export const rules = [...issueRules, ...layoutRules] as const;

/**
 * The id of one of the SDK's rules (`listRules()`): the `code` of the issues it raises, a value of the templates' layout
 * profile, or the `code` of an error a package throws (`ErrorCode`).
 *
 * @example
 * ```ts
 * const id: RuleId = "report.late";
 * getRule(id)?.severity; // "warning"
 * const code: RuleId = "calendar.invalid-date";
 * getRule(code)?.kind; // "error"
 * ```
 */
export type RuleId = (typeof rules)[number]["id"] | ErrorCode;

/**
 * The id of a layout rule: a value of the templates' layout profile (`nd30Profile` of @xhht/templates) that no check
 * reports, so no issue carries it (`appliesTo: ["layout"]`, severity `info`, no message).
 *
 * @example
 * ```ts
 * const id: LayoutRuleId = "nd30.body.first-line-indent";
 * getRule(id)?.appliesTo; // ["layout"]
 * ```
 */
export type LayoutRuleId = (typeof layoutRules)[number]["id"];

/**
 * The id of a rule with a message in both languages: every rule but the layout ones, the error codes included (an
 * issue carries an issue rule's id, or a calendar error's code where a template reports a date the calendar refuses).
 *
 * @example
 * ```ts
 * const id: IssueRuleId = "report.late";
 * getRule(id)?.kind; // "issue"
 * ```
 */
export type IssueRuleId = Exclude<RuleId, LayoutRuleId>;
