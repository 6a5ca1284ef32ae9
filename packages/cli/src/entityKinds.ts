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

/** The validator's options: the language, and the year's directive when known. */
const withDirective = ({ lang, directive }: KindOptions) => (directive === undefined ? { lang } : { lang, directive });

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

/**
 * The entities of @xhht/domain that `xhht validate` checks. Each validator is read when called, not before: the built
 * command loads only the one it runs (scripts/bundleCommand.ts).
 */
export const entityKinds: readonly EntityKind[] = [
  kind("provincial-report", ["report"], (input, options) => validateReport(input, withDirective(options)), true),
  kind("provincial-plan", ["plan"], (input, options) => validatePlan(input, withDirective(options))),
  kind("directive", [], (input, { lang }) => validateDirective(input, { lang })),
  kind("official-letter", ["letter"], (input, { lang }) => validateOfficialLetter(input, { lang })),
  kind("committee-decision", ["decision"], (input, { lang }) => validateCommitteeDecision(input, { lang })),
  kind("invitation", [], (input, { lang }) => validateInvitation(input, { lang })),
  kind("budget-estimate", ["budget"], (input, { lang }) => validateBudgetEstimate(input, { lang })),
  kind("submission", [], (input, { lang }) => validateSubmission(input, { lang })),
  kind("national-summary-meta", ["summary-meta"], (input, { lang }) => validateNationalSummaryMeta(input, { lang })),
  kind("national-summary", ["summary"], (input, { lang }) => validateNationalSummary(input, { lang })),
  kind("forwarding-request", ["forwarding"], (input, { lang, directive }) =>
    validateForwardingRequest(input, { lang, directive: directive ?? directive2020 }),
  ),
];

const nameOf = (kind: EntityKind) => kind.name;

/** The entity named `name` (its schema name or a short name), or `undefined`. */
export const findEntityKind = (name: string): EntityKind | undefined => findNamedKind(entityKinds, nameOf, name);

/** Every name an entity answers to, for help and messages: `provincial-report (report)`. */
export const entityKindNames = (): string => namedKindList(entityKinds, nameOf);
