import { type Language, languages } from "./languages.ts";

/**
 * Whether `value` is one of the SDK's {@link languages}, exactly (`"vi"` or `"en"`; not `"EN"`, not `"vi-VN"`).
 *
 * @example
 * ```ts
 * isLanguage("en"); // true
 * isLanguage("EN"); // false
 * isLanguage("vi-VN"); // false
 * isLanguage(undefined); // false
 * ```
 *
 * @example
 * ```ts
 * // A language read from outside (an environment variable, a query string), narrowed, Vietnamese otherwise.
 * const fromOutside: unknown = "en";
 * const lang: Language = isLanguage(fromOutside) ? fromOutside : "vi";
 * lang; // "en"
 * ```
 */
export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (languages as readonly string[]).includes(value);
