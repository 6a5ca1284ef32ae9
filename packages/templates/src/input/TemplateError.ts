import { XhhtError } from "@xhht/core";
import type { Issue } from "@xhht/domain";
import type { TemplateErrorCode } from "./templateErrorCodes.ts";

/**
 * One problem found in a template's input: the domain's {@link Issue}, as the validator reported it (`code`,
 * `severity`, `path`, `params`, `basis` and `message`). Kept as a name of its own for compatibility.
 *
 * @example
 * ```ts
 * const issue: TemplateInputIssue = {
 *   code: "schema.missing",
 *   severity: "error",
 *   path: ["subject"],
 *   params: {},
 *   basis: undefined,
 *   message: "Required.",
 * };
 * ```
 */
export type TemplateInputIssue = Issue;

/**
 * Extra detail a {@link TemplateError} may carry.
 *
 * @example
 * ```ts
 * new TemplateError(templateErrorCodes.unsafeText, "subject holds U+FFFE", { path: ["subject"] });
 * ```
 */
export interface TemplateErrorDetails {
  readonly cause?: unknown;
  /** The validator's issues, for `templates.invalid-input`. */
  readonly issues?: readonly TemplateInputIssue[];
  /** The path of the offending field, for `templates.unsafe-text`: `["body", 2, "text"]`. */
  readonly path?: readonly PropertyKey[];
}

/**
 * Thrown by `@xhht/templates` when a document cannot be produced from its input: the input does not match the
 * template's schema, a field holds a character no .docx can carry, or `generatedAt` is not an instant.
 * A broken file is never produced instead.
 *
 * @example
 * ```ts
 * import { directive2020 } from "@xhht/domain";
 * import { renderOfficialLetter, TemplateError } from "@xhht/templates";
 *
 * try {
 *   await renderOfficialLetter({ ...directive2020.letter, subject: "a\uFFFEb" });
 * } catch (error) {
 *   if (error instanceof TemplateError) console.log(error.code, error.path); // "templates.unsafe-text" ["subject"]
 * }
 * ```
 */
export class TemplateError extends XhhtError {
  declare readonly code: TemplateErrorCode;
  readonly issues: readonly TemplateInputIssue[];
  readonly path: readonly PropertyKey[] | undefined;

  constructor(code: TemplateErrorCode, message: string, details: TemplateErrorDetails = {}) {
    super(code, message, "cause" in details ? { cause: details.cause } : undefined);
    this.issues = details.issues ?? [];
    this.path = details.path;
  }
}
