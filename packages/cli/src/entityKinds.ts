import type { Directive, Language, ValidationResult } from "@xhht/domain";

type Domain = typeof import("@xhht/domain");

/** What a validator is given besides the input. */
export interface KindOptions {
  readonly lang: Language;
  /** The year's directive: the record's own year's when known (`--directive`, or the built-in 2020 letter). */
  readonly directive: Directive | undefined;
}

/** An entity `xhht validate` checks, by the name of its JSON Schema, with the short names it also answers to. */
export interface EntityKind {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Whether a CSV file can hold it, one record per row. */
  readonly csv: boolean;
  readonly validate: (domain: Domain, input: unknown, options: KindOptions) => ValidationResult<unknown>;
}

const withDirective = (options: KindOptions) =>
  options.directive === undefined ? { lang: options.lang } : { lang: options.lang, directive: options.directive };

/** The entities of @xhht/domain that `xhht validate` checks. */
export const entityKinds: readonly EntityKind[] = [
  {
    name: "provincial-report",
    aliases: ["report"],
    csv: true,
    validate: (domain, input, options) => domain.validateReport(input, withDirective(options)),
  },
  {
    name: "provincial-plan",
    aliases: ["plan"],
    csv: false,
    validate: (domain, input, options) => domain.validatePlan(input, withDirective(options)),
  },
  {
    name: "directive",
    aliases: [],
    csv: false,
    validate: (domain, input, options) => domain.validateDirective(input, { lang: options.lang }),
  },
  {
    name: "official-letter",
    aliases: ["letter"],
    csv: false,
    validate: (domain, input, options) => domain.validateOfficialLetter(input, { lang: options.lang }),
  },
  {
    name: "committee-decision",
    aliases: ["decision"],
    csv: false,
    validate: (domain, input, options) => domain.validateCommitteeDecision(input, { lang: options.lang }),
  },
  {
    name: "invitation",
    aliases: [],
    csv: false,
    validate: (domain, input, options) => domain.validateInvitation(input, { lang: options.lang }),
  },
  {
    name: "budget-estimate",
    aliases: ["budget"],
    csv: false,
    validate: (domain, input, options) => domain.validateBudgetEstimate(input, { lang: options.lang }),
  },
  {
    name: "submission",
    aliases: [],
    csv: false,
    validate: (domain, input, options) => domain.validateSubmission(input, { lang: options.lang }),
  },
  {
    name: "national-summary-meta",
    aliases: ["summary-meta"],
    csv: false,
    validate: (domain, input, options) => domain.validateNationalSummaryMeta(input, { lang: options.lang }),
  },
  {
    name: "forwarding-request",
    aliases: ["forwarding"],
    csv: false,
    validate: (domain, input, options) =>
      domain.validateForwardingRequest(input, {
        lang: options.lang,
        directive: options.directive ?? domain.directive2020,
      }),
  },
];

/** The entity named `name` (its schema name or a short name), or `undefined`. */
export const findEntityKind = (name: string): EntityKind | undefined =>
  entityKinds.find((kind) => kind.name === name || kind.aliases.includes(name));

/** Every name an entity answers to, for help and messages: `provincial-report (report)`. */
export const entityKindNames = (): string =>
  entityKinds
    .map((kind) => (kind.aliases.length > 0 ? `${kind.name} (${kind.aliases.join(", ")})` : kind.name))
    .join(", ");
