import { hasXmlIllegalCharacter } from "../fields/text.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "../rules/createIssue.ts";
import type { Issue } from "../rules/Issue.ts";

/**
 * The issues every text check starts with: `text.xml-illegal` when `value` holds a character no document can carry.
 *
 * @example
 * ```ts
 * textIssues(createTranslator(), "Số: 05/BNV-VP\u0000", []); // [{ code: "text.xml-illegal", … }]
 * ```
 */
export const textIssues = (t: Translate, value: string, path: readonly (string | number)[]): Issue[] =>
  hasXmlIllegalCharacter(value) ? [createIssue(t, "text.xml-illegal", path)] : [];
