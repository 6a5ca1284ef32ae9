import { placeholder } from "./placeholders.ts";

/** Read from the first 200 characters: the patterns read a prefix only, and a long run of spaces stays quick. */
const maxLength = 200;
const numberLine = /^Số(?![\p{L}\p{N}])\s*:?[^/]{0,24}\/\s*\S/u;
const mergedNumber = /^Số(?![\p{L}\p{N}])\s*:?\s*(?:\{\{[^{}]{1,60}\}\}|«[^«»]{1,60}»)\s*$/u;
/** «Số: 15/2010/QĐ-UBND»: number, year of issue, symbol. */
const normative = /^(?<lead>Số(?![\p{L}\p{N}])\s*:?[^/]{0,24})\/\s*(?<year>\d{1,4})\s*\/(?<symbol>.*)$/u;
const symbolBlanks = new RegExp(placeholder.source, "gu");

/** A number-and-symbol line as {@link readNumberLine} reads it. */
export type NumberLine =
  /** A mail-merge field for the whole number: nothing to check until it is filled. */
  | { readonly form: "merge-field" }
  /** «Số: 05/BNV-VP»; `checked` is the line with a template's blanks in the symbol made neutral. */
  | { readonly form: "plain"; readonly checked: string }
  /** «Số: 15/2010/QĐ-UBND»; `checked` is the line without its year, for domain's `parseDocumentNumber`. */
  | { readonly form: "normative"; readonly checked: string; readonly year: string };

/**
 * Reads the «Số: …» line (Phụ lục I, Phần I, mục II.3): a plain number and symbol, a normative document's number
 * with its year of issue, or a template's mail-merge field. A template's blanks in the symbol («QĐ-HĐ...») stand for
 * letters yet to be typed. `undefined` when `text` is not a number line.
 *
 * @example
 * ```ts
 * readNumberLine("Số: 15/2010/QĐ-UBND"); // { form: "normative", checked: "Số: 15/QĐ-UBND", year: "2010" }
 * ```
 */
export const readNumberLine = (text: string): NumberLine | undefined => {
  const line = text.slice(0, maxLength);
  if (mergedNumber.test(line)) return { form: "merge-field" };
  if (!numberLine.test(line)) return undefined;
  const neutral = (value: string) => value.replace(symbolBlanks, "X");
  const found = normative.exec(line)?.groups;
  if (found !== undefined) {
    const { lead = "", year = "", symbol = "" } = found;
    return { form: "normative", checked: `${lead}/${neutral(symbol)}`, year };
  }
  const slash = line.indexOf("/");
  return { form: "plain", checked: `${line.slice(0, slash + 1)}${neutral(line.slice(slash + 1))}` };
};
