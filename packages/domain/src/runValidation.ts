import type { z } from "zod";
import { createTranslator, type LanguageOptions, type Translate } from "./createTranslator.ts";
import { fromZodIssues } from "./fromZodIssues.ts";
import type { Issue, ValidationResult } from "./Issue.ts";

/**
 * Parses `input` with `schema`, then runs `check` on the parsed value: the one path every validator takes.
 * The result is `ok` when no issue is an error; warnings ride along with the value.
 */
export const runValidation = <T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: LanguageOptions,
  check: (t: Translate, value: T) => Issue[],
): ValidationResult<T> => {
  const t = createTranslator(options);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, value: undefined, issues: fromZodIssues(t, parsed.error.issues, input) };
  const issues = check(t, parsed.data);
  return issues.some((issue) => issue.severity === "error")
    ? { ok: false, value: undefined, issues }
    : { ok: true, value: parsed.data, issues };
};
