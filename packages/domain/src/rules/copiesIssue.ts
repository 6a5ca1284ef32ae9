import type { Translate } from "../i18n/createTranslator.ts";
import { filingLineProblem } from "../nd30/filingLine.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue } from "./Issue.ts";

/**
 * An issue when the last entry of a «Nơi nhận» list is not «Lưu: VT, <drafting unit>» as the .docx linter reads it
 * (`copies.luu`, or the rule `code` given). Paths are relative to the entity.
 */
export const copiesIssue = (
  t: Translate,
  copies: readonly string[],
  code: "copies.luu" | "letter.copies-luu" = "copies.luu",
): Issue | undefined => {
  const last = copies.length - 1;
  const found = copies[last] ?? "";
  return filingLineProblem(found) === undefined ? undefined : createIssue(t, code, ["copies", last], { found });
};
