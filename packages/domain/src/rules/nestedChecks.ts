import type { FieldCheck, FieldPath } from "./FieldCheck.ts";

/**
 * The field checks of a nested object (a directive's `letter`) as checks of the entity holding it under `key`: each
 * reads the same fields inside `key` and reports at paths starting with `key`, so when the schema refuses one field of
 * the nested object, its checks that read other fields still run.
 */
export const nestedChecks = <T, K extends keyof T & string>(
  key: K,
  checks: readonly FieldCheck<T[K]>[],
): FieldCheck<T>[] =>
  checks.map((check) => ({
    reads: check.reads.map((read): FieldPath<T> => `${key}.${read}`),
    run: (t, value) => check.run(t, value[key]).map((issue) => ({ ...issue, path: [key, ...issue.path] })),
  }));
