import type { Issue } from "./Issue.ts";

/**
 * The one shape of what the SDK's validators, parsers, linters and `migrate` return, never throwing on bad data:
 *
 * - `ok`: no issue is an error (warnings and infos ride along);
 * - `value`: what was read or produced, `undefined` when nothing usable was;
 * - `issues`: every finding, each with its rule id (`code`), `path` and `message` in the caller's language (`lang`).
 *
 * It comes in two variants. A {@link ValidationResult} (the `validate*` functions) has a `value` only when `ok`: data
 * with an error is not handed on. A {@link ParseResult} (`parseDateLine`, `parseDocumentNumber`, `lintDateLine`,
 * `lintRecipientList`) keeps `value` whenever the input could be read, even with errors in its form.
 *
 * @example
 * ```ts
 * const results: Result<unknown>[] = [validatePlan(samplePlan2020), parseDateLine("Hà Nội, ngày 5 tháng 9 năm 2020")];
 * results.map((result) => result.ok); // [true, false]
 * results.map((result) => result.value === undefined); // [false, false]
 * ```
 */
export interface Result<T> {
  /** No issue is an error. */
  readonly ok: boolean;
  /** What was read or produced; `undefined` when nothing usable was. */
  readonly value: T | undefined;
  /** Every finding, errors, warnings and infos alike. */
  readonly issues: readonly Issue[];
}
