/**
 * The codes of the errors `@xhht/domain` throws (for programming mistakes only; data gets issues).
 *
 * @example
 * ```ts
 * try {
 *   createTranslator({ lang: "fr" as Language });
 * } catch (error) {
 *   error instanceof DomainError && error.code === domainErrorCodes.unsupportedLanguage; // true
 * }
 * ```
 */
export const domainErrorCodes = {
  /** An amount of đồng that is not a whole, non-negative safe integer or bigint. */
  invalidAmount: "domain.invalid-amount",
  /** An argument of the wrong kind (e.g. `summarizeReports` given something that is not an array). */
  invalidArgument: "domain.invalid-argument",
  /** An options object, or one of its fields, that the function does not take. */
  invalidOption: "domain.invalid-option",
  /** A language the SDK has no messages in: it speaks `"vi"` and `"en"`. */
  unsupportedLanguage: "domain.unsupported-language",
} as const;

/**
 * One of the codes of {@link domainErrorCodes}.
 *
 * @example
 * ```ts
 * const code: DomainErrorCode = "domain.invalid-option";
 * ```
 */
export type DomainErrorCode = (typeof domainErrorCodes)[keyof typeof domainErrorCodes];
