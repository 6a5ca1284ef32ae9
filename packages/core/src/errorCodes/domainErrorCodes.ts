/**
 * The codes of the errors `@xhht/domain` throws, each as its `DomainError`'s `code` (for programming mistakes only;
 * data gets issues). Kept in `@xhht/core` so that the rule registry of `@xhht/domain` and any code that must not load
 * the SDK can read them; `@xhht/domain` exports the same table under the same name.
 *
 * @example
 * ```ts
 * domainErrorCodes.unsupportedLanguage; // "domain.unsupported-language"
 * Object.values(domainErrorCodes).length; // 6
 * ```
 */
export const domainErrorCodes = {
  /** An amount of đồng that is not a whole, non-negative safe integer or bigint. */
  invalidAmount: "domain.invalid-amount",
  /** An argument of the wrong kind (e.g. `summarizeReports` given something that is not an array). */
  invalidArgument: "domain.invalid-argument",
  /** A directive given to `defineDirective` that does not validate: the error's `issues` list every problem. */
  invalidDirective: "domain.invalid-directive",
  /** An options object, or one of its fields, that the function does not take. */
  invalidOption: "domain.invalid-option",
  /**
   * A language the SDK speaks whose messages this program has not loaded yet: `await loadLanguage("en")` (or
   * `registerMessages("en", messagesEn)`) first. Only where `@xhht/domain` is bundled for a browser: in Node every
   * language is there.
   */
  languageNotLoaded: "domain.language-not-loaded",
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
