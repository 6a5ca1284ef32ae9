/** The codes of the errors `@xhht/domain` throws (for programming mistakes only; data gets issues). */
export const domainErrorCodes = {
  invalidAmount: "domain.invalid-amount",
} as const;

export type DomainErrorCode = (typeof domainErrorCodes)[keyof typeof domainErrorCodes];
