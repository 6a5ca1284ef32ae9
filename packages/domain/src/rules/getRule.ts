import { rules } from "../data/rules.ts";
import type { Rule } from "./Rule.ts";

const byId: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

/**
 * The rule with this id, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * getRule("letter.symbol")?.basis; // { document: "Nghị định 30/2020/NĐ-CP", article: "Phụ lục I, Phần I, mục II.3" }
 * ```
 */
export const getRule = (id: string): Rule | undefined => byId.get(id);
