/** The codes of the errors `@xhht/domain` throws (for programming mistakes only; data gets issues). */
export const domainErrorCodes = {
  invalidAmount: "domain.invalid-amount",
  invalidArgument: "domain.invalid-argument",
  invalidOption: "domain.invalid-option",
  unsupportedLanguage: "domain.unsupported-language",
} as const;

export type DomainErrorCode = (typeof domainErrorCodes)[keyof typeof domainErrorCodes];
