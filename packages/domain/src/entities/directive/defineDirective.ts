import { DomainError } from "../../errors/DomainError.ts";
import { domainErrorCodes } from "../../errors/domainErrorCodes.ts";
import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { formatIssuePath } from "../../rules/formatIssuePath.ts";
import type { Directive, DirectiveInput } from "./Directive.ts";
import { validateDirective } from "./validateDirective.ts";

/**
 * Declares a year's directive in code: the Ministry writing next year's letter as data, or a province entering a
 * year's letter the SDK does not know yet. The input is typed ({@link DirectiveInput}: an editor completes and checks
 * every field) and validated like {@link validateDirective}; a directive with an error throws a `DomainError`
 * `domain.invalid-directive` whose message lists every error with its path and whose `issues` hold them all.
 * Warnings do not throw. Pass the result to `directiveFor`'s `directives`, to the validators, or to
 * `renderOfficialLetter(directive.letter)`.
 *
 * @example
 * ```ts
 * const directive2027 = defineDirective({
 *   ...directive2020,
 *   year: 2027,
 *   letter: { ...directive2020.letter, number: 4321, date: "2027-09-10", subject: "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027" },
 *   theme: "Học tập suốt đời trong kỷ nguyên số",
 *   week: { start: "2027-10-01", end: "2027-10-07", opening: "2027-10-01" },
 *   reporting: { ...directive2020.reporting, deadline: { kind: "before", date: "2027-10-29" } },
 *   duties: directive2020.duties.filter((duty) => duty.actor !== "district-peoples-committee"),
 * });
 * directiveFor(2027, { directives: [directive2027] }).theme; // "Học tập suốt đời trong kỷ nguyên số"
 * ```
 */
export const defineDirective = (input: DirectiveInput, options: LanguageOptions = {}): Directive => {
  const result = validateDirective(input, options);
  const errors = result.issues.filter((issue) => issue.severity === "error");
  if (result.ok && errors.length === 0) return result.value;
  const lines = errors.map((issue) => `${formatIssuePath(issue.path) || "(directive)"}: ${issue.message}`);
  throw new DomainError(
    domainErrorCodes.invalidDirective,
    `defineDirective: the directive has ${errors.length} error(s):\n${lines.join("\n")}`,
    { issues: result.issues },
  );
};
