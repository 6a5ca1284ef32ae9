import { z } from "zod";

/**
 * Characters an XML document cannot carry: C0 controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF and lone surrogates. Text containing them is refused, never passed on to a document.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters being refused
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** Whether `value` holds a character that XML cannot carry (and so no .docx can hold). */
export const hasXmlIllegalCharacter = (value: string): boolean => xmlIllegal.test(value);

/**
 * Vietnamese text as the SDK accepts it: normalised to NFC, free of characters XML cannot carry,
 * and not blank.
 *
 * @example
 * ```ts
 * text.parse("Ha\u0300 N\u00F4\u0323i"); // "Hà Nội" in NFC
 * text.safeParse("a\u0000b").success;     // false
 * ```
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters refused, as in `xmlIllegal`
const acceptable = /^(?=[\s\S]*\S)[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]*$/u;

export const text = z
  .string()
  .normalize("NFC")
  .regex(acceptable, {
    error: (issue) =>
      typeof issue.input === "string" && hasXmlIllegalCharacter(issue.input) ? "text.xml-illegal" : "text.blank",
  });
