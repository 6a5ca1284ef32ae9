import { XhhtError } from "@xhht/core";
import type { Issue } from "../rules/Issue.ts";
import type { DomainErrorCode } from "./domainErrorCodes.ts";

/**
 * Thrown by `@xhht/domain` for an argument no function can answer, such as a negative amount of money to read.
 * Data is never thrown about: validators return issues; only `defineDirective`, which declares data in code, throws
 * for it, with those issues in `issues`.
 *
 * @example
 * ```ts
 * try {
 *   moneyInWords(-1);
 * } catch (error) {
 *   if (error instanceof DomainError) console.log(error.code); // "domain.invalid-amount"
 * }
 * ```
 */
export class DomainError extends XhhtError {
  declare readonly code: DomainErrorCode;
  /** The validation issues behind a `domain.invalid-directive`; empty for every other code. */
  readonly issues: readonly Issue[];

  constructor(code: DomainErrorCode, message: string, options?: { cause?: unknown; issues?: readonly Issue[] }) {
    super(code, message, options);
    this.issues = options?.issues ?? [];
  }
}
