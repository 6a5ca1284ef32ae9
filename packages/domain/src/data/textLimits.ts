/**
 * The longest text each kind of field takes, in Unicode code points (as JSON Schema's `maxLength` counts them), before
 * trimming. Generous for real documents, small enough that no field can hold a book: a one-line field (a name, a
 * title, an issuing body, a recipient) is a line of an A4 page several times over, a trích yếu a few lines, a body
 * paragraph a few pages.
 *
 * @example
 * ```ts
 * textLimits.symbol; // 50
 * validatePlan({ ...samplePlan2020, subject: "x".repeat(textLimits.subject + 1) }).ok; // false
 * ```
 */
export const textLimits = {
  /** Codes and ids: an activity code, a block id or reference. */
  code: 64,
  /** A document's symbol after the slash: «BGDĐT-GDTX». */
  symbol: 50,
  /** A clause number: «12.». */
  label: 8,
  /** A name, a title, a body, a place, a recipient, a budget item: what a document prints on one or two lines. */
  line: 300,
  /** The trích yếu (subject) of a document, and a theme. */
  subject: 500,
  /** A paragraph of a document's body, a legal basis, a note, a difficulty or a proposal. */
  paragraph: 20_000,
} as const;
