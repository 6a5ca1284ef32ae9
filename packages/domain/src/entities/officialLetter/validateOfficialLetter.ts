import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { type OfficialLetter, officialLetterSchema } from "./OfficialLetter.ts";
import { officialLetterChecks } from "./officialLetterChecks.ts";

/**
 * Checks a công văn on its own: its schema and the Decree 30 rules a letter can break (a document type in its
 * symbol, a comma in its place, a «Nơi nhận» list that does not start «Như trên» or end «Lưu: VT, …»).
 * Never throws on bad data.
 *
 * @example
 * ```ts
 * validateOfficialLetter(directive2020.letter).ok; // true
 * validateOfficialLetter({ ...directive2020.letter, copies: ["Như trên"] }).issues[0]?.code; // "letter.copies-luu"
 * ```
 */
export const validateOfficialLetter = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<OfficialLetter> => runValidation(officialLetterSchema, input, options, officialLetterChecks);
