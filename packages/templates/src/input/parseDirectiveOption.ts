import { type Directive, validateDirective } from "@xhht/domain";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { assertSafeText } from "../docx/safeText.ts";
import { parseEntity } from "./parseEntity.ts";
import type { RenderLanguageOptions } from "./RenderLanguageOptions.ts";

/**
 * The `directive` a template takes as an option, checked like its input: a character XML cannot carry is refused
 * naming the field under `directive`, an invalid directive with `templates.invalid-input` and its issues. Its theme
 * and Week may be printed, so it is never used unchecked.
 */
export const parseDirectiveOption = (directive: unknown, options: RenderLanguageOptions): Directive | undefined => {
  if (directive === undefined) return undefined;
  assertSafeText(directive, ["directive"]);
  return parseEntity(directive, templateErrorMessages.inputNames.directive, (input) =>
    validateDirective(input, options),
  );
};
