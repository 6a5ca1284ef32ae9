import { createTranslator, type LanguageOptions, type Translate } from "./createTranslator.ts";
import { docxVi } from "./locales/docx.vi.ts";
import { messageRegistry } from "./messageRegistry.ts";

/**
 * {@link createTranslator}, with the Vietnamese messages of the rules a .docx file is checked against registered
 * first (`docx.…`, and the layout rules `nd30.page.…`, `nd30.font.…`… a linter reports): for a linter of .docx files
 * such as `lintDocx` of @xhht/templates, so that a page bundled for the browser that only validates data does not
 * carry them, and one that lints a .docx speaks Vietnamese at once. English still comes with `loadLanguage("en")`.
 * Throws as {@link createTranslator} does.
 *
 * @example
 * ```ts
 * const t = createDocxTranslator();
 * t("nd30.motto.missing"); // "Thiếu Tiêu ngữ «Độc lập - Tự do - Hạnh phúc»."
 * createDocxTranslator({ lang: "en" })("nd30.motto.missing"); // "The Tiêu ngữ «Độc lập - Tự do - Hạnh phúc» is missing."
 * ```
 */
export const createDocxTranslator = (options: LanguageOptions = {}): Translate => {
  messageRegistry.addDefaults("vi", docxVi);
  return createTranslator(options);
};
