import type { Language } from "./languages.ts";

/**
 * The SDK's one option for the language of the text a function writes for people: `lang`, Vietnamese when left
 * out. Every function of every package that writes such text takes it in its options object under this name
 * (`@xhht/domain`'s `LanguageOptions` adds your own i18next instance to it).
 *
 * @example
 * ```ts
 * const options: LangOption = { lang: "en" };
 * options.lang; // "en"
 * const defaults: LangOption = {};
 * defaults.lang ?? "vi"; // "vi"
 * ```
 */
export interface LangOption {
  /** The language: `"vi"` (default) or `"en"`. */
  readonly lang?: Language;
}
