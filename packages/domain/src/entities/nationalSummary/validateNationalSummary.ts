import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { nationalSummarySchema } from "./nationalSummarySchema.ts";
import type { NationalSummary } from "./summarizeReports.ts";

/**
 * Checks a {@link NationalSummary} built or stored elsewhere against {@link nationalSummarySchema}: what
 * `summarizeReports` returns passes; a hand-built summary gets an issue for each field that is not of that shape,
 * in Vietnamese (default) or English. Never throws on bad data.
 *
 * @example
 * ```ts
 * const summary = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 });
 * validateNationalSummary(summary).ok; // true
 * const [issue] = validateNationalSummary({ ...summary, expected: -1 }, { lang: "en" }).issues;
 * issue?.code; // "schema.too-small"
 * issue?.path; // ["expected"]
 * ```
 */
export const validateNationalSummary = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<NationalSummary> => runValidation(nationalSummarySchema, input, options, () => []);
