import { hasDistrictTier } from "../../admin/hasDistrictTier.ts";
import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { nestedChecks } from "../../rules/nestedChecks.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { officialLetterChecks } from "../officialLetter/officialLetterChecks.ts";
import { type Directive, directiveSchema } from "./Directive.ts";
import { directiveTermsChecks } from "./directiveTermsChecks.ts";
import { findActivity } from "./findActivity.ts";

const directiveCheck = fieldCheckFor<Directive>();

/** The ids of the letter's body blocks. */
const blockIds = (directive: Pick<Directive, "letter">) =>
  new Set(directive.letter.body.flatMap((block) => (block.id === undefined ? [] : [block.id])));

/** The `source-missing` issues of references to the letter's blocks. */
const missingSources = (t: Translate, ids: ReadonlySet<string>, refs: [readonly (string | number)[], string][]) =>
  refs.flatMap(([path, source]) =>
    ids.has(source) ? [] : [createIssue(t, "directive.source-missing", path, { source })],
  );

const district = "district-peoples-committee";

/**
 * The rules of a directive beyond its schema, each with the fields it reads, inside its letter too: a letter refused
 * for its subject still has its date, its body and its «Nơi nhận» checked.
 */
const directiveChecks: readonly FieldCheck<Directive>[] = [
  directiveCheck(["letter.body"], (t, directive) => {
    const seen = new Set<string>();
    return directive.letter.body.flatMap((block, index) => {
      if (block.id === undefined) return [];
      const duplicate = seen.has(block.id);
      seen.add(block.id);
      return duplicate
        ? [createIssue(t, "directive.duplicate-block-id", ["letter", "body", index, "id"], { id: block.id })]
        : [];
    });
  }),
  directiveCheck(["activities"], (t, directive) =>
    directive.activities.flatMap((activity, index) =>
      findActivity(activity.code) === undefined
        ? [createIssue(t, "directive.activity-unknown", ["activities", index, "code"], { code: activity.code })]
        : [],
    ),
  ),
  ...nestedChecks<Directive, "letter">("letter", officialLetterChecks),
  directiveCheck(["letter.body", "activities"], (t, directive) =>
    missingSources(
      t,
      blockIds(directive),
      directive.activities.map((activity, index) => [["activities", index, "source"], activity.source]),
    ),
  ),
  directiveCheck(["letter.body", "duties"], (t, directive) =>
    missingSources(
      t,
      blockIds(directive),
      directive.duties.map((duty, index) => [["duties", index, "source"], duty.source]),
    ),
  ),
  directiveCheck(["letter.body", "reporting"], (t, directive) =>
    missingSources(t, blockIds(directive), [[["reporting", "source"], directive.reporting.source]]),
  ),
  ...directiveTermsChecks,
  directiveCheck(["letter.date", "week"], (t, directive) => {
    const { start } = directive.week;
    return directive.letter.date >= start
      ? createIssue(t, "directive.letter-after-week", ["letter", "date"], { date: directive.letter.date, start })
      : [];
  }),
  directiveCheck(["letter.date", "duties"], (t, directive) =>
    hasDistrictTier(directive.letter.date)
      ? []
      : directive.duties.flatMap((duty, index) =>
          duty.actor === district
            ? [
                createIssue(t, "actor.district-abolished", ["duties", index, "actor"], {
                  date: directive.letter.date,
                  found: district,
                }),
              ]
            : [],
        ),
  ),
  directiveCheck(["letter.date", "reporting"], (t, directive) =>
    hasDistrictTier(directive.letter.date) || directive.reporting.assignee !== district
      ? []
      : createIssue(t, "actor.district-abolished", ["reporting", "assignee"], {
          date: directive.letter.date,
          found: district,
        }),
  ),
];

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
  runValidation(directiveSchema, input, options, directiveChecks);
