/**
 * The codes of the errors `@xhht/templates` throws, each as its `TemplateError`'s `code`. Kept in `@xhht/core`;
 * `@xhht/templates` exports the same table under the same name.
 *
 * @example
 * ```ts
 * templateErrorCodes.invalidInput; // "templates.invalid-input"
 * ```
 */
export const templateErrorCodes = {
  /** The input does not match the template's schema; the error carries the schema's `issues`. */
  invalidInput: "templates.invalid-input",
  /** A text field holds a character XML cannot carry; the error names the field's `path`. */
  unsafeText: "templates.unsafe-text",
  /** `generatedAt` is neither a valid `Date`, a civil date `YYYY-MM-DD` nor an ISO date-time with an offset. */
  invalidGeneratedAt: "templates.invalid-generated-at",
  /**
   * `electronicSignature` cannot be printed: its `signedAt` is not an instant with an offset, or the document is a
   * draft, which has no number to print and cannot be signed.
   */
  invalidElectronicSignature: "templates.invalid-electronic-signature",
  /** The bytes given are not a .docx (not a zip, or no `word/document.xml`). */
  invalidDocx: "templates.invalid-docx",
} as const;

/**
 * One of {@link templateErrorCodes}.
 *
 * @example
 * ```ts
 * const code: TemplateErrorCode = "templates.unsafe-text";
 * ```
 */
export type TemplateErrorCode = (typeof templateErrorCodes)[keyof typeof templateErrorCodes];
