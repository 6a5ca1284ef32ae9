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
export const text = z
  .string()
  .normalize("NFC")
  .refine((value) => !hasXmlIllegalCharacter(value), {
    params: { rule: "text.xml-illegal" },
    message: "text.xml-illegal",
  })
  .refine((value) => value.trim().length > 0, { params: { rule: "text.blank" }, message: "text.blank" })
  .meta({ pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF\\uD800-\\uDFFF]*$" });
