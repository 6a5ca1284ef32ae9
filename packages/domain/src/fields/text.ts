import * as z from "zod/mini";
import { textLimits } from "../data/textLimits.ts";
import { boundedString } from "./boundedString.ts";

/**
 * Characters an XML document cannot carry: C0 controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF and lone surrogates. Text containing them is refused, never passed on to a document.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters being refused
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/**
 * Whether `value` holds a character that XML cannot carry (and so no .docx can hold).
 *
 * @example
 * ```ts
 * hasXmlIllegalCharacter("Tuần lễ\u0001"); // true
 * hasXmlIllegalCharacter("Tuần lễ\thọc tập"); // false: a tab is fine
 * ```
 */
export const hasXmlIllegalCharacter = (value: string): boolean => xmlIllegal.test(value);

/** Which rule a refused text breaks: characters XML cannot carry, a line break in a one-line field, or blankness. */
const refusal = (input: unknown, oneLine: boolean) =>
  typeof input !== "string"
    ? "text.blank"
    : hasXmlIllegalCharacter(input)
      ? "text.xml-illegal"
      : oneLine && /[\n\r]/.test(input)
        ? "text.line-break"
        : "text.blank";

/**
 * What `String.prototype.trim` (and so zod's `.trim()`) removes: ECMAScript's WhiteSpace and LineTerminator, spelled
 * out rather than `\s` so that the JSON Schema pattern reads the same in other regex engines (Python's `\s` differs).
 */
const trimmable = String.raw`\t\n\u000B\u000C\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF`;
/** The characters refused, as in `xmlIllegal`; in a one-line field, line breaks too. */
const refused = String.raw`\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF`;
const refusedInLine = String.raw`\u0000-\u0008\u000A-\u001F\uFFFE\uFFFF\uD800-\uDFFF`;

/**
 * Text that is acceptable once trimmed: trimmable whitespace at the edges (even the vertical tab and form feed that
 * XML refuses, since trimming drops them), then one or more characters that are neither refused nor whitespace at
 * both ends, with anything but a refused character between. zod tests it on the trimmed value, where the edges are
 * empty; the JSON Schema, which cannot trim, tests it on the raw input: both accept the same strings.
 */
const acceptableOnceTrimmed = (inside: string) => {
  const edge = `[${trimmable}]*`;
  const solid = `[^${refused}${trimmable}]`;
  return new RegExp(`^${edge}${solid}(?:[^${inside}]*${solid})?${edge}$`, "u");
};

const acceptable = acceptableOnceTrimmed(refused);
const acceptableLine = acceptableOnceTrimmed(refusedInLine);

/**
 * Vietnamese text as the SDK accepts it, of at most `max` code points as given ({@link textLimits}): trimmed,
 * normalised to NFC, free of characters XML cannot carry, and not blank. Tabs and line breaks inside are kept.
 *
 * @example
 * ```ts
 * textUpTo(500).safeParse("Kết quả tổ chức Tuần lễ").success; // true
 * textUpTo(5).safeParse("Kết quả").success;                    // false: text.too-long
 * ```
 */
export const textUpTo = (max: number) =>
  boundedString(max).check(
    z.trim(),
    z.normalize("NFC"),
    z.regex(acceptable, { error: (issue) => refusal(issue.input, false) }),
  );

/**
 * One line of at most `max` code points as given: like {@link textUpTo}, and a line break is refused too
 * (`text.line-break`).
 *
 * @example
 * ```ts
 * lineUpTo(300).safeParse("Như trên").success;   // true
 * lineUpTo(300).safeParse("Như\ntrên").success; // false
 * ```
 */
export const lineUpTo = (max: number) =>
  boundedString(max).check(
    z.trim(),
    z.normalize("NFC"),
    z.regex(acceptableLine, { error: (issue) => refusal(issue.input, true) }),
  );

/**
 * Vietnamese text as the SDK accepts it: trimmed, normalised to NFC, free of characters XML cannot carry,
 * and not blank, of at most 20,000 code points (`textLimits.paragraph`). Tabs and line breaks inside are kept (a
 * document writes them as real tabs and breaks).
 *
 * @example
 * ```ts
 * text.parse(" Ha\u0300 N\u00F4\u0323i "); // "Hà Nội" in NFC
 * text.safeParse("a\u0000b").success;     // false
 * ```
 */
export const text = textUpTo(textLimits.paragraph);

/**
 * Text of a one- or two-line field (a name, a title, an issuing body): at most 300 code points (`textLimits.line`).
 *
 * @example
 * ```ts
 * shortText.parse("  Sở Giáo dục và Đào tạo "); // "Sở Giáo dục và Đào tạo"
 * shortText.safeParse("x".repeat(301)).success; // false
 * ```
 */
export const shortText = textUpTo(textLimits.line);

/**
 * The trích yếu of a document, or a theme: at most 500 code points (`textLimits.subject`).
 *
 * @example
 * ```ts
 * subjectText.safeParse("Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020").success; // true
 * subjectText.safeParse("   ").success; // false: text.blank
 * ```
 */
export const subjectText = textUpTo(textLimits.subject);

/**
 * One line of text, for fields a document prints on one line: a name, a title, an issuing body, a recipient,
 * a «Nơi nhận» entry. Like {@link text}, of at most 300 code points (`textLimits.line`), and a line break is refused
 * too (`text.line-break`).
 *
 * @example
 * ```ts
 * line.safeParse("Như trên").success;   // true
 * line.safeParse("Như\ntrên").success; // false
 * ```
 */
export const line = lineUpTo(textLimits.line);
