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
  invalidAmount: "domain.invalid-amount",
  invalidArgument: "domain.invalid-argument",
  invalidOption: "domain.invalid-option",
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
