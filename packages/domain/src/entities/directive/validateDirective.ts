import { hasDistrictTier } from "../../admin/hasDistrictTier.ts";
import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { checkOfficialLetter } from "../officialLetter/checkOfficialLetter.ts";
import { checkDirectiveTerms } from "./checkDirectiveTerms.ts";
import { type Directive, directiveSchema } from "./Directive.ts";
import { findActivity } from "./findActivity.ts";

const checkDirective = (t: Translate, directive: Directive): Issue[] => {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  directive.letter.body.forEach((block, index) => {
    if (block.id === undefined) return;
    if (ids.has(block.id))
      issues.push(createIssue(t, "directive.duplicate-block-id", ["letter", "body", index, "id"], { id: block.id }));
    ids.add(block.id);
  });
  directive.activities.forEach((activity, index) => {
    if (findActivity(activity.code) === undefined) {
      issues.push(createIssue(t, "directive.activity-unknown", ["activities", index, "code"], { code: activity.code }));
    }
  });
  for (const issue of checkOfficialLetter(t, directive.letter))
    issues.push({ ...issue, path: ["letter", ...issue.path] });
  const refs: [readonly (string | number)[], string][] = [
    ...directive.activities.map((a, i): [readonly (string | number)[], string] => [
      ["activities", i, "source"],
      a.source,
    ]),
    ...directive.duties.map((d, i): [readonly (string | number)[], string] => [["duties", i, "source"], d.source]),
    [["reporting", "source"], directive.reporting.source],
  ];
  for (const [path, source] of refs) {
    if (!ids.has(source)) issues.push(createIssue(t, "directive.source-missing", path, { source }));
  }
  issues.push(...checkDirectiveTerms(t, directive));
  const { start } = directive.week;
  if (directive.letter.date >= start) {
    issues.push(
      createIssue(t, "directive.letter-after-week", ["letter", "date"], { date: directive.letter.date, start }),
    );
  }
  if (!hasDistrictTier(directive.letter.date)) {
    const district = "district-peoples-committee";
    const at: (readonly (string | number)[])[] = directive.duties.flatMap((duty, index) =>
      duty.actor === district ? [["duties", index, "actor"]] : [],
    );
    if (directive.reporting.assignee === district) at.push(["reporting", "assignee"]);
    for (const path of at) {
      issues.push(createIssue(t, "actor.district-abolished", path, { date: directive.letter.date, found: district }));
    }
  }
  return issues;
};

/**
 * Checks a directive (the Ministry's yearly letter as data) against its schema and the Week's rules; a letter dated
 * on or after 01/07/2025 that gives duties to «district-peoples-committee» gets an `actor.district-abolished`
 * warning (see {@link dutiesInForce} for the duties as they apply then).
 * Never throws on bad data: every problem comes back as an issue with its rule id, path and message.
 *
 * @example
 * ```ts
 * const result = validateDirective(directive2020, { lang: "en" });
 * if (!result.ok) for (const issue of result.issues) console.log(formatIssuePath(issue.path), issue.message);
 * ```
 */
export const validateDirective = (input: unknown, options: LanguageOptions = {}): ValidationResult<Directive> =>
  runValidation(directiveSchema, input, options, checkDirective);
