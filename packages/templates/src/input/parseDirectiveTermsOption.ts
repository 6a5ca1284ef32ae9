import { type DirectiveTerms, validateDirective, validateDirectiveTerms } from "@xhht/domain";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { assertSafeText } from "../docx/safeText.ts";
import { parseEntity } from "./parseEntity.ts";
import type { RenderLanguageOptions } from "./RenderLanguageOptions.ts";

const isWholeDirective = (value: unknown): boolean =>
  typeof value === "object" && value !== null && "schemaVersion" in value;

/**
 * The `directive` a plan or report takes as an option: a whole directive (`directive2020`, one from
 * `defineDirective`), checked with `validateDirective`, or the terms of a year (`directiveFor(2024)`), checked with
 * `validateDirectiveTerms`. A character XML cannot carry is refused naming the field under `directive`, an invalid
 * one with `templates.invalid-input` and its issues: its theme and Week may be printed, so it is never used unchecked.
 */
export const parseDirectiveTermsOption = (
  directive: unknown,
  options: RenderLanguageOptions,
): DirectiveTerms | undefined => {
  if (directive === undefined) return undefined;
  assertSafeText(directive, ["directive"]);
  return parseEntity<DirectiveTerms>(directive, templateErrorMessages.inputNames.directive, (input) =>
    isWholeDirective(input) ? validateDirective(input, options) : validateDirectiveTerms(input, options),
  );
};
