import {
  createIssue,
  createTranslator,
  formatIssuePath,
  type Issue,
  type NationalSummary,
  type NationalSummaryMeta,
  validateNationalSummary,
} from "@xhht/domain";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { assertSafeText } from "../docx/safeText.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";

/**
 * Checks a {@link NationalSummary} with `validateNationalSummary` (the shape `summarizeReports` returns: every count
 * and amount a whole, non-negative number within `Number.MAX_SAFE_INTEGER`, dates as `YYYY-MM-DD`…) and the year of
 * `meta`. A character XML cannot carry is refused first, naming the field; every other problem is gathered into one
 * {@link TemplateError} `templates.invalid-input` carrying the issues, their paths starting with `summary`.
 */
export const checkNationalSummary = (
  summary: unknown,
  meta: NationalSummaryMeta,
  options: RenderLanguageOptions,
): NationalSummary => {
  assertSafeText(summary, ["summary"]);
  const result = validateNationalSummary(summary, options);
  const issues: Issue[] = result.issues.map((issue) => ({ ...issue, path: ["summary", ...issue.path] }));
  if (result.ok && result.value.year !== meta.year) {
    const t = createTranslator(options);
    issues.push(
      createIssue(t, "summary.year-mismatch", ["summary", "year"], { found: result.value.year, year: meta.year }),
    );
  }
  if (!result.ok || issues.length > 0) {
    const list = issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`).join("; ");
    throw new TemplateError(templateErrorCodes.invalidInput, templateErrorMessages.invalidSummary(list), { issues });
  }
  return result.value;
};
