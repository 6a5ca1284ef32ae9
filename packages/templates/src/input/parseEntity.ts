import { formatIssuePath, type ValidationResult } from "@xhht/domain";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { assertSafeText } from "../docx/safeText.ts";
import { TemplateError } from "./TemplateError.ts";
import { templateErrorCodes } from "./templateErrorCodes.ts";

/**
 * Checks a template's input the way every template does: first any character XML cannot carry, refused with a
 * {@link TemplateError} `templates.unsafe-text` naming the field; then the entity's validator, whose errors are
 * refused with `templates.invalid-input` carrying all its issues. Returns the validated, normalised value.
 */
export const parseEntity = <T>(input: unknown, what: string, validate: (input: unknown) => ValidationResult<T>): T => {
  assertSafeText(input);
  const result = validate(input);
  if (!result.ok) {
    const list = result.issues
      .filter((issue) => issue.severity === "error")
      .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)
      .join("; ");
    throw new TemplateError(templateErrorCodes.invalidInput, templateErrorMessages.invalidInput(what, list), {
      issues: result.issues,
    });
  }
  return result.value;
};
