import type { LanguageOptions, Translate } from "../../i18n/createTranslator.ts";
import { checkOptions } from "../../rules/checkOptions.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import { districtTierIssues } from "../../rules/districtTierIssues.ts";
import type { Issue, ValidationResult } from "../../rules/Issue.ts";
import { provinceIssue } from "../../rules/provinceIssue.ts";
import { runValidation } from "../../rules/runValidation.ts";
import type { Directive } from "../directive/Directive.ts";
import { reportingLastDay } from "../directive/reportingLastDay.ts";
import { type ForwardingRequest, forwardingRequestSchema } from "./ForwardingRequest.ts";

/**
 * Options of {@link validateForwardingRequest}.
 *
 * @example
 * ```ts
 * const options: ValidateForwardingRequestOptions = { directive: directive2020, lang: "en" };
 * const late = { ...sampleForwardingRequest2020, reportDeadline: "2020-11-15" };
 * validateForwardingRequest(late, options).issues.map((issue) => issue.code); // ["forwarding.deadline-after-ministry"]
 * ```
 */
export interface ValidateForwardingRequestOptions extends LanguageOptions {
  /** The Ministry's letter being forwarded: its date and reporting deadline. */
  readonly directive: Directive;
}

const checkRequest = (t: Translate, request: ForwardingRequest, directive: Directive): Issue[] => {
  const issues: Issue[] = [];
  const province = provinceIssue(t, request.province, request.date, ["province"]);
  if (province) issues.push(province);
  if (request.date < directive.letter.date) {
    issues.push(
      createIssue(t, "forwarding.dated-before-directive", ["date"], {
        date: request.date,
        directiveDate: directive.letter.date,
      }),
    );
  }
  const lastDay = reportingLastDay(directive);
  if (lastDay !== undefined && request.reportDeadline > lastDay) {
    issues.push(
      createIssue(t, "forwarding.deadline-after-ministry", ["reportDeadline"], {
        deadline: request.reportDeadline,
        lastDay,
      }),
    );
  }
  const copies = copiesIssue(t, request.copies);
  if (copies) issues.push(copies);
  issues.push(
    ...districtTierIssues(t, request.date, [
      ...request.recipients.map((text, index) => [["recipients", index], text] as const),
      [["lead"], request.lead],
      ...request.partners.map((text, index) => [["partners", index], text] as const),
      [["reportTo"], request.reportTo],
      ...request.copies.map((text, index) => [["copies", index], text] as const),
    ]),
  );
  return issues;
};

/**
 * Checks what a province adds to forward the Ministry's letter: its schema, its province on its date, a date on or
 * after the letter's, a reporting deadline no later than the Ministry's last day (so the province can sum up
 * in time), and a «Nơi nhận» ending «Lưu: VT, …»; from 01/07/2025 a warning for each recipient, partner or «Nơi
 * nhận» line naming a district-level body (`actor.district-abolished`). Never throws on bad data.
 *
 * @example
 * ```ts
 * const result = validateForwardingRequest(sampleForwardingRequest2020, { directive: directive2020 });
 * result.ok; // true
 * ```
 */
export const validateForwardingRequest = (
  input: unknown,
  options: ValidateForwardingRequestOptions,
): ValidationResult<ForwardingRequest> => {
  checkOptions("validateForwardingRequest", options, "directive");
  return runValidation(forwardingRequestSchema, input, options, (t, request) =>
    checkRequest(t, request, options.directive),
  );
};
