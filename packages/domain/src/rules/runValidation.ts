import * as z from "zod/mini";
import { createTranslator, type LanguageOptions, type Translate } from "../i18n/createTranslator.ts";
import { migrateWith } from "../migration/migrate.ts";
import type { Check } from "./FieldCheck.ts";
import type { Issue, ValidationResult } from "./Issue.ts";
import { parsedFields } from "./parsedFields.ts";
import { schemaIssues } from "./schemaIssues.ts";
import { type SignedDocument, signatureAuthorityIssues } from "./signatureAuthorityIssues.ts";
import { unreadableIssue } from "./unreadableIssue.ts";

/** Whether a parsed entity is a signed document: an issuer and a signature, checked for the issuer's kind. */
const isSigned = (value: unknown): value is SignedDocument =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { issuer?: unknown }).issuer === "string" &&
  typeof (value as { signature?: unknown }).signature === "object";

/** The fields {@link signatureAuthorityIssues} reads. */
const signedFields = ["issuer", "signature", "decidingAuthority"];

/** Whether `a` is `b`, or one of them lies inside the other (`"letter"` and `"letter.date"`). */
const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * The issues of `check` and of the signing authority on `value`. With `failed`, the fields the schema refused (left
 * out of `value`, as dotted paths), only the field checks that read none of them, nothing inside them and nothing
 * around them run.
 */
const ruleIssues = <T>(t: Translate, check: Check<T>, value: T, failed?: ReadonlySet<string>): Issue[] => {
  const trusted = (reads: readonly string[]) =>
    failed === undefined || reads.every((read) => ![...failed].some((path) => overlaps(read, path)));
  const checks =
    typeof check === "function"
      ? failed === undefined
        ? check(t, value)
        : []
      : check.flatMap((fieldCheck) => (trusted(fieldCheck.reads) ? fieldCheck.run(t, value) : []));
  const signed = isSigned(value) && trusted(signedFields) ? signatureAuthorityIssues(t, value) : [];
  return [...checks, ...signed];
};

/**
 * Upgrades `input` from an earlier schema version, parses it with `schema`, then runs `check` on the parsed value:
 * the one path every validator takes. A signed document's signing authority is checked against its issuer
 * ({@link signatureAuthorityIssues}). When the schema refuses some fields, the field checks that read only fields
 * that parsed (and the signing authority, when its fields parsed) still run, after the schema's issues, also inside a
 * nested object refused for some of its fields only: one call reports every problem it can trust.
 * The result is `ok` when no issue is an error; warnings ride along with the value.
 */
export const runValidation = <T>(
  schema: z.core.$ZodType<T>,
  input: unknown,
  options: LanguageOptions,
  check: Check<T>,
): ValidationResult<T> => runValidationWith(schema, input, createTranslator(options), check);

/** {@link runValidation} with a translator already made, for a batch that validates many inputs with one. */
export const runValidationWith = <T>(
  schema: z.core.$ZodType<T>,
  input: unknown,
  t: Translate,
  check: Check<T>,
): ValidationResult<T> => {
  const migrated = migrateWith(schema, input, () => t);
  if (!migrated.ok) return { ok: false, value: undefined, issues: migrated.issues };
  let parsed: z.core.util.SafeParseResult<T>;
  let refused: Issue[] = [];
  let partial: ReturnType<typeof parsedFields<T>>;
  try {
    parsed = z.safeParse(schema, migrated.value);
    if (!parsed.success) {
      refused = schemaIssues(t, parsed.error.issues, migrated.value);
      partial = parsedFields(schema, migrated.value, parsed.error.issues);
    }
  } catch (error) {
    // Only reading the input runs here: a getter or a Proxy trap of the caller's object threw.
    return { ok: false, value: undefined, issues: [unreadableIssue(t, error)] };
  }
  if (!parsed.success) {
    const rules = partial === undefined ? [] : ruleIssues(t, check, partial.value, partial.failed);
    return { ok: false, value: undefined, issues: [...refused, ...rules] };
  }
  const issues = ruleIssues(t, check, parsed.data);
  return issues.some((issue) => issue.severity === "error")
    ? { ok: false, value: undefined, issues }
    : { ok: true, value: parsed.data, issues };
};
