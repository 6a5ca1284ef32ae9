import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { checkOptions } from "../../rules/checkOptions.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import { districtTierIssues } from "../../rules/districtTierIssues.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { ValidationResult } from "../../rules/Issue.ts";
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

const requestCheck = fieldCheckFor<ForwardingRequest>();

/** The text fields of a request that may name a district-level body, in the order they are checked. */
const namingFields = ["recipients", "lead", "partners", "reportTo", "copies"] as const;

/**
 * The rules of a forwarding request beyond its schema, for the Ministry's `directive`, each with the fields it reads.
 */
const requestChecks = (directive: Directive): FieldCheck<ForwardingRequest>[] => [
  requestCheck(["province", "date"], (t, request) => provinceIssue(t, request.province, request.date, ["province"])),
  requestCheck(["date"], (t, request) =>
    request.date < directive.letter.date
      ? createIssue(t, "forwarding.dated-before-directive", ["date"], {
          date: request.date,
          directiveDate: directive.letter.date,
        })
      : [],
  ),
  requestCheck(["reportDeadline"], (t, request) => {
    const lastDay = reportingLastDay(directive);
    return lastDay !== undefined && request.reportDeadline > lastDay
      ? createIssue(t, "forwarding.deadline-after-ministry", ["reportDeadline"], {
          deadline: request.reportDeadline,
          lastDay,
        })
      : [];
  }),
  requestCheck(["copies"], (t, request) => copiesIssue(t, request.copies)),
  ...namingFields.map((field) =>
    requestCheck(["date", field], (t, request) => {
      const value: string | readonly string[] = request[field];
      return districtTierIssues(
        t,
        request.date,
        typeof value === "string" ? [[[field], value]] : value.map((text, index) => [[field, index], text] as const),
      );
    }),
  ),
];

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
  return runValidation(forwardingRequestSchema, input, options, requestChecks(options.directive));
};
