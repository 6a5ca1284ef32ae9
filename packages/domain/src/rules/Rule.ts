import type { RuleId } from "../data/rules.ts";
import type { LegalBasis, Severity } from "./Issue.ts";
import type { RuleTarget } from "./RuleTarget.ts";

/**
 * What kind of rule a rule is: `"issue"`, a check whose findings validators and the linter return as issues;
 * `"layout"`, a value of the templates' layout profile that no check reports (`appliesTo: ["layout"]`); `"error"`, the
 * code of an error a package throws (`calendarErrorCodes`, `domainErrorCodes`, `templateErrorCodes`,
 * `cliErrorCodes`), severity `error`.
 *
 * @example
 * ```ts
 * const kind: RuleKind = "error";
 * listRules().filter((rule) => rule.kind === kind).length; // 36
 * ```
 */
export type RuleKind = "issue" | "layout" | "error";

/**
 * A rule as data: a stable id (also its message key), its kind, a severity, its legal basis and what it applies to.
 *
 * @example
 * ```ts
 * const rule: Rule | undefined = getRule("report.late");
 * rule?.appliesTo; // ["provincial-report"]
 * rule?.severity; // "warning"
 * rule?.kind; // "issue"
 * ```
 */
export interface Rule {
  readonly id: RuleId;
  readonly kind: RuleKind;
  readonly severity: Severity;
  readonly basis: LegalBasis | undefined;
  readonly appliesTo: readonly RuleTarget[];
}
