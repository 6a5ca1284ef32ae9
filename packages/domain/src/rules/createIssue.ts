import type { RuleId } from "../data/rules.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import { getRule } from "./getRule.ts";
import type { Issue } from "./Issue.ts";

/**
 * An issue for rule `code` at `path`, its severity and basis taken from the rule data and its message from `t`;
 * `context` picks a variant of the message (i18next's context: the key `<code>_<context>`), not part of `params`.
 *
 * @example
 * ```ts
 * const issue = createIssue(createTranslator({ lang: "en" }), "text.blank", ["subject"]);
 * issue; // { code: "text.blank", severity: "error", path: ["subject"], params: {}, basis: undefined, message: "Must not be blank." }
 * ```
 */
export const createIssue = (
  t: Translate,
  code: RuleId,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>> = {},
  context?: string,
): Issue => {
  const rule = getRule(code);
  return {
    code,
    severity: rule?.severity ?? "error",
    path,
    params,
    basis: rule?.basis,
    message: t(code, context === undefined ? params : { ...params, context }),
  };
};
