import { deprecatedRuleIds, registry } from "../data/registry.ts";
import type { Rule } from "./Rule.ts";

const byId: ReadonlyMap<string, Rule> = new Map([
  ...registry.map((rule) => [rule.id, rule] as const),
  ...Object.entries(deprecatedRuleIds).flatMap(([former, id]) =>
    registry.filter((rule) => rule.id === id).map((rule) => [former, rule] as const),
  ),
]);

/**
 * The rule with this id, or `undefined` when there is none: an issue rule, a layout rule or a package's error code
 * (`listRules()`). A former id (`deprecatedRuleIds`) finds the rule under its current id.
 *
 * @example
 * ```ts
 * getRule("letter.symbol")?.basis; // { document: "Nghị định 30/2020/NĐ-CP", article: "Phụ lục I, Phần I, mục II.3" }
 * getRule("cli.unreadable")?.kind; // "error"
 * ```
 */
export const getRule = (id: string): Rule | undefined => byId.get(id);
