import type { EntityId } from "../entities/entityIds.ts";

/**
 * What a rule applies to (`Rule.appliesTo`): an entity (one of `entityIds`: `"provincial-plan"`,
 * `"official-letter"` …; a rule on a document rendered from an entity names that entity), any data (`"*"`), the
 * text of any document (`"document"`), a .docx file (`"docx"`) or a value of the templates' layout profile
 * (`"layout"`).
 *
 * @example
 * ```ts
 * const target: RuleTarget = "docx";
 * listRules().filter((rule) => rule.appliesTo.includes(target)).length > 0; // true
 * getRule("report.late")?.appliesTo; // ["provincial-report"]
 * ```
 */
export type RuleTarget = EntityId | "*" | "document" | "docx" | "layout";
