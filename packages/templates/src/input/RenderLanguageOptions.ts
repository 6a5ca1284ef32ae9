import type { Language } from "@xhht/core";
import type { LanguageOptions } from "@xhht/domain";

/**
 * The language options every render function takes: the language of the messages it refuses invalid input with
 * (each issue of the {@link TemplateError} and the error's own message), or your own i18next instance. The
 * document itself is always in Vietnamese, whatever the language: it is a Vietnamese official document.
 *
 * @example
 * ```ts
 * const options: RenderLanguageOptions = { lang: "en" };
 * ```
 */
export interface RenderLanguageOptions extends LanguageOptions {
  /**
   * The language of the validation messages when the input is refused: `"vi"` (default) or `"en"`. It does not
   * change the document, which is always in Vietnamese.
   */
  readonly lang?: Language;
}
