import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import { type NationalSummaryMeta, nationalSummaryMetaSchema } from "./NationalSummaryMeta.ts";

const checkMeta = (t: Translate, meta: NationalSummaryMeta): Issue[] => {
  const issues: Issue[] = [];
  const symbolType = symbolTypeIssue(t, meta.symbol, "bao-cao", "national-summary.symbol-type");
  if (symbolType) issues.push(symbolType);
  const copies = copiesIssue(t, meta.copies);
  if (copies) issues.push(copies);
  return issues;
};

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
): ValidationResult<NationalSummaryMeta> => runValidation(nationalSummaryMetaSchema, input, options, checkMeta);
