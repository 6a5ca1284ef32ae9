import {
  type Directive,
  directive2020,
  type EntityId,
  type Language,
  type ValidationResult,
  validateBudgetEstimate,
  validateCommitteeDecision,
  validateDirective,
  validateForwardingRequest,
  validateInvitation,
  validateNationalSummary,
  validateNationalSummaryMeta,
  validateOfficialLetter,
  validatePlan,
  validateReport,
  validateSubmission,
} from "@xhht/domain";
import { findNamedKind, namedKindList } from "./namedKinds.ts";

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
  readonly validate: (input: unknown, options: KindOptions) => ValidationResult<unknown>;
}

/** An entity checked by a validator of @xhht/domain given the language only. */
const byLanguage =
  (validate: (input: unknown, options: { lang: Language }) => ValidationResult<unknown>): EntityKind["validate"] =>
  (input, { lang }) =>
    validate(input, { lang });

/** An entity checked by a validator of @xhht/domain given the language and the year's directive if known. */
const withDirective =
  (
    validate: (input: unknown, options: { lang: Language; directive?: Directive }) => ValidationResult<unknown>,
  ): EntityKind["validate"] =>
  (input, { lang, directive }) =>
    validate(input, directive === undefined ? { lang } : { lang, directive });

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
  kind("provincial-report", ["report"], withDirective(validateReport), true),
  kind("provincial-plan", ["plan"], withDirective(validatePlan)),
  kind("directive", [], byLanguage(validateDirective)),
  kind("official-letter", ["letter"], byLanguage(validateOfficialLetter)),
  kind("committee-decision", ["decision"], byLanguage(validateCommitteeDecision)),
  kind("invitation", [], byLanguage(validateInvitation)),
  kind("budget-estimate", ["budget"], byLanguage(validateBudgetEstimate)),
  kind("submission", [], byLanguage(validateSubmission)),
  kind("national-summary-meta", ["summary-meta"], byLanguage(validateNationalSummaryMeta)),
  kind("national-summary", ["summary"], byLanguage(validateNationalSummary)),
  kind("forwarding-request", ["forwarding"], (input, { lang, directive }) =>
    validateForwardingRequest(input, { lang, directive: directive ?? directive2020 }),
  ),
];

const nameOf = (kind: EntityKind) => kind.name;

/** The entity named `name` (its schema name or a short name), or `undefined`. */
export const findEntityKind = (name: string): EntityKind | undefined => findNamedKind(entityKinds, nameOf, name);

/** Every name an entity answers to, for help and messages: `provincial-report (report)`. */
export const entityKindNames = (): string => namedKindList(entityKinds, nameOf);
