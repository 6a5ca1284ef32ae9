import type { RuleId } from "../data/rules.ts";
import type { LegalBasis, Severity } from "./Issue.ts";
import type { RuleTarget } from "./RuleTarget.ts";

/**
 * A rule as data: a stable id (also its message key), a severity, its legal basis and what it applies to.
 *
 * @example
 * ```ts
 * const rule: Rule | undefined = getRule("report.late");
 * rule?.appliesTo; // ["provincial-report"]
 * rule?.severity; // "warning"
 * ```
 */
export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly basis: LegalBasis | undefined;
  readonly appliesTo: readonly RuleTarget[];
}
