import { registry } from "../data/registry.ts";
import type { Rule } from "./Rule.ts";

/**
 * Every rule of the SDK's one registry, in a stable order: the rules the validators and the linter apply
 * (`kind: "issue"`), the values of the templates' layout profile (`kind: "layout"`) and the codes of the errors the
 * packages throw (`kind: "error"`).
 *
 * @example
 * ```ts
 * listRules().filter((rule) => rule.severity === "warning").map((rule) => rule.id);
 * listRules().filter((rule) => rule.kind === "error").map((rule) => rule.id)[0]; // "calendar.invalid-date"
 * ```
 */
export const listRules = (): readonly Rule[] => registry;
