import type { Rule } from "../rules/Rule.ts";
import { errorRules } from "./errorRules.ts";
import { type RuleId, rules } from "./rules.ts";

/**
 * Every rule of the SDK, each with its kind: the issue rules, the layout profile's values (`appliesTo: ["layout"]`)
 * and the error codes of the four packages. The one registry every issue and error code comes from.
 */
export const registry: readonly Rule[] = [
  ...rules.map(
    (rule): Rule => ({ ...rule, kind: rule.appliesTo.some((target) => target === "layout") ? "layout" : "issue" }),
  ),
  ...errorRules,
];

/**
 * Former rule ids, each with the id that replaced it: `getRule` still finds a rule by its former id. An issue always
 * carries the current id.
 *
 * @example
 * ```ts
 * deprecatedRuleIds["nd30.stamp.colour"]; // "nd30.stamp.color"
 * getRule("nd30.stamp.colour")?.id; // "nd30.stamp.color"
 * ```
 */
export const deprecatedRuleIds = {
  /** Renamed in 0.x: one spelling, `color`, as `nd30.font.color`. */
  "nd30.stamp.colour": "nd30.stamp.color",
} as const satisfies Readonly<Record<string, RuleId>>;
