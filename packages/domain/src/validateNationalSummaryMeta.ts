import { createIssue } from "./createIssue.ts";
import type { LanguageOptions, Translate } from "./createTranslator.ts";
import type { Issue, ValidationResult } from "./Issue.ts";
import { type NationalSummaryMeta, nationalSummaryMetaSchema } from "./NationalSummaryMeta.ts";
import { runValidation } from "./runValidation.ts";

const checkMeta = (t: Translate, meta: NationalSummaryMeta): Issue[] =>
  meta.symbol.split("-")[0] === "BC"
    ? []
    : [createIssue(t, "national-summary.symbol-type", ["symbol"], { symbol: meta.symbol })];

/**
 * Checks the document fields of the Ministry's national summary report: its schema and a «BC-» symbol.
 * Never throws on bad data.
 *
 * @example
 * ```ts
 * validateNationalSummaryMeta(sampleNationalSummaryMeta2020).ok; // true
 * ```
 */
export const validateNationalSummaryMeta = (
  input: unknown,
  options: LanguageOptions = {},
): ValidationResult<NationalSummaryMeta> => runValidation(nationalSummaryMetaSchema, input, options, checkMeta);
