import { rules } from "../data/rules.ts";
import type { Rule } from "./Rule.ts";

/**
 * Every rule the validators apply, in a stable order.
 *
 * @example
 * ```ts
 * listRules().filter((rule) => rule.severity === "warning").map((rule) => rule.id);
 * ```
 */
export const listRules = (): readonly Rule[] => rules;
