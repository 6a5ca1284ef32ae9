import { createIssue } from "../createIssue.ts";
import type { Translate } from "../createTranslator.ts";
import type { Issue } from "../Issue.ts";
import { hasXmlIllegalCharacter } from "../text.ts";

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
