/**
 * How much of a .docx the reader takes on, whatever its zip directory claims. No letter, plan or report an office
 * writes comes near these; a zip bomb, or a part of millions of empty paragraphs, does, and is refused with an issue
 * instead of filling the memory.
 *
 * @example
 * ```ts
 * docxLimits.maxInflatedBytes; // 67108864
 * ```
 */
export const docxLimits = {
  /** The bytes all the parts read from one package may inflate to, together. */
  maxInflatedBytes: 64 * 1024 * 1024,
  /** The elements and text nodes all the parts read from one package may hold, together. */
  maxElements: 2_000_000,
  /** The entries a zip directory may list. */
  maxEntries: 20_000,
} as const;
