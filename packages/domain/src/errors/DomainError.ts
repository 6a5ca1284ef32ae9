import { XhhtError } from "@xhht/core";
import type { DomainErrorCode } from "./domainErrorCodes.ts";

/**
 * Thrown by `@xhht/domain` for an argument no function can answer, such as a negative amount of money to read.
 * Data is never thrown about: validators return issues.
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

  constructor(code: DomainErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
