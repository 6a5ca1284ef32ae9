import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { type DirectiveTerms, directiveTermsSchema } from "./DirectiveTerms.ts";
import { directiveTermsChecks } from "./directiveTermsChecks.ts";

/**
 * Checks what a year's plans, reports and summaries are judged by ({@link DirectiveTerms}: a whole directive's terms,
 * or `directiveFor(year)`): the schema, then the Week's rules of `validateDirective` (seven days in the year, the
 * opening within them, the report deadline after them). Other fields are ignored and left out of `value`. Never
 * throws on bad data.
 *
 * @example
 * ```ts
 * validateDirectiveTerms(directiveFor(2024)).ok; // true
 * validateDirectiveTerms({ ...directiveFor(2024), week: { start: "2024-10-01", end: "2024-10-09", opening: "2024-10-01" } }).issues[0]?.code; // "directive.week-length"
 * ```
 */
export const validateDirectiveTerms = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<DirectiveTerms> => runValidation(directiveTermsSchema, input, options, directiveTermsChecks);
