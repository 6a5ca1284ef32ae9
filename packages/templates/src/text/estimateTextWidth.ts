import { timesNewRomanWidths } from "../data/timesNewRomanWidths.ts";

/**
 * Options of {@link estimateTextWidth}.
 *
 * @example
 * ```ts
 * const options: TextWidthOptions = { size: 24, bold: true }; // 12 pt bold
 * ```
 */
export interface TextWidthOptions {
  /** Font size in half-points (Word's `w:sz`): 24 for 12 pt. */
  readonly size: number;
  readonly bold?: boolean;
}

const combiningExceptHorn = /[\u0300-\u031A\u031C-\u036F]/gu;

const asciiWidth = (code: number, bold: boolean): number =>
  (bold ? timesNewRomanWidths.bold : timesNewRomanWidths.regular)[code - 0x20] ?? timesNewRomanWidths.fallback;

const charWidth = (char: string, bold: boolean): number => {
  const first = char.charCodeAt(0);
  // Printable ASCII has no decomposition and no extra width: read its width at once, without normalising.
  if (char.length === 1 && first >= 0x20 && first <= 0x7e) return asciiWidth(first, bold);
  const base = char.normalize("NFD").replace(combiningExceptHorn, "").normalize("NFC");
  const extra: Readonly<Record<string, number>> = timesNewRomanWidths.extra[bold ? "bold" : "regular"];
  const fromExtra = extra[base];
  if (fromExtra !== undefined) return fromExtra;
  const code = base.length === 1 ? base.charCodeAt(0) : 0;
  if (code >= 0x20 && code <= 0x7e) return asciiWidth(code, bold);
  return timesNewRomanWidths.fallback;
};

/**
 * Estimates the width of a line of Times New Roman text in twips, from the font's advance widths (Vietnamese
 * letters take the width of their base letter; other characters an average). Good enough to size the short
 * lines of a Decree 30 header; not a text shaper.
 *
 * @example
 * ```ts
 * estimateTextWidth("Độc lập - Tự do - Hạnh phúc", { size: 26, bold: true }); // ≈ 3106 (about 55 mm)
 * ```
 */
export const estimateTextWidth = (text: string, options: TextWidthOptions): number => {
  const bold = options.bold ?? false;
  let thousandths = 0;
  // A line repeats few characters: each is measured once.
  const widths = new Map<string, number>();
  for (const char of text.normalize("NFC")) {
    let width = widths.get(char);
    if (width === undefined) {
      width = charWidth(char, bold);
      widths.set(char, width);
    }
    thousandths += width;
  }
  return Math.round((thousandths * options.size * 10) / 1000);
};
