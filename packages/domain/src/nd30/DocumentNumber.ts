/**
 * The number and symbol of a document («Số: 12/KH-UBND», «Số: 3589/BGDĐT-GDTX») as read by
 * {@link parseDocumentNumber}.
 *
 * @example
 * ```ts
 * const number: DocumentNumber | undefined = parseDocumentNumber("Số: 3589/BGDĐT-GDTX").value;
 * number; // { number: 3589, symbol: "BGDĐT-GDTX", typeAbbreviation: undefined, body: "BGDĐT", unit: "GDTX", draft: false }
 * ```
 */
export interface DocumentNumber {
  /** The number; `undefined` for a draft, whose number is left blank («Số:      /KH-UBND»). */
  readonly number: number | undefined;
  /** Everything after the slash, spaces around its hyphens removed: «KH-UBND», «BGDĐT-GDTX». */
  readonly symbol: string;
  /** The type abbreviation of Phụ lục III («KH», «QĐ», «SY» for a copy); `undefined` for a công văn. */
  readonly typeAbbreviation: string | undefined;
  /** The issuing body's (or signing office's) abbreviation: «UBND», «BGDĐT», «TTg». */
  readonly body: string;
  /** The drafting unit or field of a công văn («GDTX»), or any further group of a typed document's symbol. */
  readonly unit: string | undefined;
  /** Whether the number is left blank, as in a draft. */
  readonly draft: boolean;
}
