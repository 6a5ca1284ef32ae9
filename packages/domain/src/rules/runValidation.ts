import type { z } from "zod";
import { createTranslator, type LanguageOptions, type Translate } from "../i18n/createTranslator.ts";
import { migrateWith } from "../migration/migrate.ts";
import { fromZodIssues } from "./fromZodIssues.ts";
import type { Issue, ValidationResult } from "./Issue.ts";
import { type SignedDocument, signatureAuthorityIssues } from "./signatureAuthorityIssues.ts";
import { unreadableIssue } from "./unreadableIssue.ts";

/** Whether a parsed entity is a signed document: an issuer and a signature, checked for the issuer's kind. */
const isSigned = (value: unknown): value is SignedDocument =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { issuer?: unknown }).issuer === "string" &&
  typeof (value as { signature?: unknown }).signature === "object";

/**
 * Upgrades `input` from an earlier schema version, parses it with `schema`, then runs `check` on the parsed value:
 * the one path every validator takes. A signed document's signing authority is checked against its issuer
 * ({@link signatureAuthorityIssues}).
 * The result is `ok` when no issue is an error; warnings ride along with the value.
 */
export const runValidation = <T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: LanguageOptions,
  check: (t: Translate, value: T) => Issue[],
): ValidationResult<T> => runValidationWith(schema, input, createTranslator(options), check);

/** {@link runValidation} with a translator already made, for a batch that validates many inputs with one. */
export const runValidationWith = <T>(
  schema: z.ZodType<T>,
  input: unknown,
  t: Translate,
  check: (t: Translate, value: T) => Issue[],
): ValidationResult<T> => {
  const migrated = migrateWith(schema, input, () => t);
  if (!migrated.ok) return { ok: false, value: undefined, issues: migrated.issues };
  let parsed: z.ZodSafeParseResult<T>;
  let refused: Issue[] = [];
  try {
    parsed = schema.safeParse(migrated.value);
    if (!parsed.success) refused = fromZodIssues(t, parsed.error.issues, migrated.value);
  } catch (error) {
    // Only reading the input runs here: a getter or a Proxy trap of the caller's object threw.
    return { ok: false, value: undefined, issues: [unreadableIssue(t, error)] };
  }
  if (!parsed.success) return { ok: false, value: undefined, issues: refused };
  const issues = [...check(t, parsed.data), ...(isSigned(parsed.data) ? signatureAuthorityIssues(t, parsed.data) : [])];
  return issues.some((issue) => issue.severity === "error")
    ? { ok: false, value: undefined, issues }
    : { ok: true, value: parsed.data, issues };
};
