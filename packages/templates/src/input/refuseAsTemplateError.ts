import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { describeValue } from "./describeValue.ts";
import { TemplateError } from "./TemplateError.ts";
import { templateErrorCodes } from "./templateErrorCodes.ts";

/**
 * Runs a render function so that whatever its input makes go wrong reaches the caller as a {@link TemplateError}:
 * the template's own refusals as they are, any other error (a `DomainError` or `CalendarError` from a helper, a
 * `TypeError` from input not shaped as typed, a proxy's trap) as `templates.invalid-input`, with the original as
 * `cause` and, when it carries them, its issues.
 */
export const refuseAsTemplateError = async <T>(what: string, render: () => Promise<T>): Promise<T> => {
  try {
    return await render();
  } catch (error) {
    let own = false;
    let issues: unknown;
    try {
      own = error instanceof TemplateError;
      issues = (error as { issues?: unknown } | null)?.issues;
    } catch {}
    if (own) throw error;
    throw new TemplateError(
      templateErrorCodes.invalidInput,
      templateErrorMessages.cannotLayOut(what, describeValue(error)),
      { cause: error, ...(Array.isArray(issues) ? { issues } : {}) },
    );
  }
};
