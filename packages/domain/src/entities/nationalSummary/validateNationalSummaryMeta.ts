import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { type NationalSummaryMeta, nationalSummaryMetaSchema } from "./NationalSummaryMeta.ts";

const metaCheck = fieldCheckFor<NationalSummaryMeta>();

/** The rules of the national summary's document fields beyond their schema, each with the fields it reads. */
const metaChecks: readonly FieldCheck<NationalSummaryMeta>[] = [
  metaCheck(["symbol"], (t, meta) => symbolTypeIssue(t, meta.symbol, "bao-cao", "national-summary.symbol-type")),
  metaCheck(["copies"], (t, meta) => copiesIssue(t, meta.copies)),
];

/**
 * Checks the document fields of the Ministry's national summary report: its schema, a «BC-» symbol and a
 * «Nơi nhận» ending «Lưu: VT, …». Never throws on bad data.
 *
 * @example
 * ```ts
 * validateNationalSummaryMeta(sampleNationalSummaryMeta2020).ok; // true
 * ```
 */
export const validateNationalSummaryMeta = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<NationalSummaryMeta> => runValidation(nationalSummaryMetaSchema, input, options, metaChecks);
