import type { Directive, EntityId, Language, ValidationResult } from "@xhht/domain";
import { findNamedKind, namedKindList } from "./namedKinds.ts";

type Domain = typeof import("@xhht/domain");

/** What a validator is given besides the input. */
export interface KindOptions {
  readonly lang: Language;
  /** The year's directive: the record's own year's when known (`--directive`, or the built-in 2020 letter). */
  readonly directive: Directive | undefined;
}

/** An entity `xhht validate` checks, by its id (the name of its JSON Schema), with the short names it also answers to. */
export interface EntityKind {
  readonly name: EntityId;
  readonly aliases: readonly string[];
  /** Whether a CSV file can hold it, one record per row. */
  readonly csv: boolean;
  readonly validate: (domain: Domain, input: unknown, options: KindOptions) => ValidationResult<unknown>;
}

/** The validators of @xhht/domain given the language only. */
type ByLanguage =
  | "validateDirective"
  | "validateOfficialLetter"
  | "validateCommitteeDecision"
  | "validateInvitation"
  | "validateBudgetEstimate"
  | "validateSubmission"
  | "validateNationalSummaryMeta"
  | "validateNationalSummary";

/** An entity checked by the validator `name` of @xhht/domain, given the language only. */
const byLanguage =
  (name: ByLanguage): EntityKind["validate"] =>
  (domain, input, options) =>
    domain[name](input, { lang: options.lang });

/** An entity checked by the validator `name` of @xhht/domain, given the language and the year's directive if known. */
const withDirective =
  (name: "validateReport" | "validatePlan"): EntityKind["validate"] =>
  (domain, input, options) =>
    domain[name](
      input,
      options.directive === undefined ? { lang: options.lang } : { lang: options.lang, directive: options.directive },
    );

const kind = (
  name: EntityId,
  aliases: readonly string[],
  validate: EntityKind["validate"],
  csv = false,
): EntityKind => ({
  name,
  aliases,
  csv,
  validate,
});

/** The entities of @xhht/domain that `xhht validate` checks. */
export const entityKinds: readonly EntityKind[] = [
  kind("provincial-report", ["report"], withDirective("validateReport"), true),
  kind("provincial-plan", ["plan"], withDirective("validatePlan")),
  kind("directive", [], byLanguage("validateDirective")),
  kind("official-letter", ["letter"], byLanguage("validateOfficialLetter")),
  kind("committee-decision", ["decision"], byLanguage("validateCommitteeDecision")),
  kind("invitation", [], byLanguage("validateInvitation")),
  kind("budget-estimate", ["budget"], byLanguage("validateBudgetEstimate")),
  kind("submission", [], byLanguage("validateSubmission")),
  kind("national-summary-meta", ["summary-meta"], byLanguage("validateNationalSummaryMeta")),
  kind("national-summary", ["summary"], byLanguage("validateNationalSummary")),
  kind("forwarding-request", ["forwarding"], (domain, input, options) =>
    domain.validateForwardingRequest(input, {
      lang: options.lang,
      directive: options.directive ?? domain.directive2020,
    }),
  ),
];

const nameOf = (kind: EntityKind) => kind.name;

/** The entity named `name` (its schema name or a short name), or `undefined`. */
export const findEntityKind = (name: string): EntityKind | undefined => findNamedKind(entityKinds, nameOf, name);

/** Every name an entity answers to, for help and messages: `provincial-report (report)`. */
export const entityKindNames = (): string => namedKindList(entityKinds, nameOf);
