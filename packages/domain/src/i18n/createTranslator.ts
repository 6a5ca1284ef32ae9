import { type LangOption, type Language, languages } from "@xhht/core";
import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";
import type { I18nextLike } from "./I18nextLike.ts";
import { messageRegistry } from "./messageRegistry.ts";
import { checkedLanguage } from "./registerMessages.ts";
import { type MessageLookup, translateMessage } from "./translateMessage.ts";

/**
 * Options every function that speaks to a person takes: the SDK's one language option `lang` (`LangOption` of
 * `@xhht/core`), and your own i18next instance.
 *
 * @example
 * ```ts
 * const options: LanguageOptions = { lang: "en" };
 * labelOf("venue", "schools", options); // "Educational institutions"
 * validatePlan(samplePlan2020, options).ok; // true
 * ```
 */
export interface LanguageOptions extends LangOption {
  /** The language of messages: `"vi"` (default) or `"en"`. */
  readonly lang?: Language;
  /**
   * Your own i18next instance (any version from 23 to 27, or any object with the three methods of
   * {@link I18nextLike}): the SDK adds its messages as the namespace `xhht` in `vi` and `en` (unless you already
   * have that namespace), reads them from there, and never changes the instance's language or options.
   */
  readonly i18n?: I18nextLike;
}

/**
 * Turns a message key and its parameters into text.
 *
 * @example
 * ```ts
 * const t: Translate = createTranslator({ lang: "en" });
 * t("text.blank"); // "Must not be blank."
 * ```
 */
export type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

const namespace = "xhht";
/** Key and value separators off: the SDK's keys hold dots (`report.late`) and its bundle is flat. */
const flat = { keySeparator: false } as const;

const describeValue = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : typeof value);

/** The language `options` asks for, after checking `options` is a caller's mistake-free object. */
const languageOf = (options: unknown): Language => {
  if (typeof options !== "object" || options === null) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      `options must be an object such as { lang: "en" }, or left out; got ${options === null ? "null" : describeValue(options)}`,
    );
  }
  const { lang: asked = "vi", i18n } = options as { lang?: unknown; i18n?: unknown };
  const lang = checkedLanguage(asked);
  if (
    i18n !== undefined &&
    (typeof i18n !== "object" ||
      i18n === null ||
      ["getResource", "hasResourceBundle", "addResourceBundle"].some(
        (method) => typeof (i18n as Record<string, unknown>)[method] !== "function",
      ))
  ) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      "options.i18n must be an i18next instance (from i18next's createInstance()), or an object with its methods getResource, hasResourceBundle and addResourceBundle, or left out",
    );
  }
  if (!messageRegistry.has(lang)) {
    throw new DomainError(
      domainErrorCodes.languageNotLoaded,
      `The messages in "${lang}" are not loaded: call await loadLanguage("${lang}") first, or registerMessages("${lang}", messages${lang === "en" ? "En" : "Vi"}) with messages${lang === "en" ? "En" : "Vi"} from "@xhht/domain/messages/${lang}"`,
    );
  }
  return lang;
};

/**
 * A translator for the SDK's messages in `lang`: by default the SDK's own, which needs no i18next; with `i18n`, your
 * i18next instance's namespace `xhht` (the SDK's messages, added to it if it has none, and any text you put there).
 * Either way the SDK fills in the parameters itself (dates as dd/mm/yyyy, a counted unit in its plural form, see
 * {@link paramWords}), and never escapes them for HTML: the text is plain, escape it where you write it into HTML.
 * The global i18next instance is never touched. A language other than {@link languages} (`"vi"`, `"en"`) is not
 * silently replaced: it throws a {@link DomainError} `domain.unsupported-language` naming the supported ones, and
 * `options` that are not an object, or an `i18n` that is not an i18next instance, throw `domain.invalid-option`.
 * Every validator and translator that takes `lang` reads it here, so all of them behave alike.
 *
 * The messages come from the SDK's registry of languages: in Node, every message of both languages; in a page
 * bundled for the browser, the Vietnamese messages of every rule a validator reports, and English once
 * `await loadLanguage("en")` (or {@link registerMessages}) has run: `lang: "en"` before that throws
 * `domain.language-not-loaded`, saying what to call. The messages of the .docx linter's rules come with
 * {@link createDocxTranslator} (which `lintDocx` of @xhht/templates uses), the names of codes and fields
 * (`activity.…`, `field.…`) with `labelOf` and `fieldLabel`; `loadLanguage("vi")` brings all of them, and the
 * meanings of the error codes (`calendar.invalid-date`…). With `i18n`, the SDK adds to your instance the messages of each language loaded by then.
 *
 * @example
 * ```ts
 * const t = createTranslator({ lang: "en" });
 * t("text.blank"); // "Must not be blank."
 * t("directive.week-length", { days: 1 }); // "The Week normally lasts 7 days; this one lasts 1 day."
 * createTranslator({ lang: "fr" as never }); // throws DomainError domain.unsupported-language
 * ```
 */
export const createTranslator = (options: LanguageOptions = {}): Translate => {
  const lang = languageOf(options);
  const own = messageRegistry.lookup(lang);
  const { i18n } = options;
  if (i18n === undefined) return (key, params = {}) => translateMessage(own, lang, key, params);
  for (const language of languages) {
    if (messageRegistry.has(language) && !i18n.hasResourceBundle(language, namespace)) {
      i18n.addResourceBundle(language, namespace, messageRegistry.table(language), true, false);
    }
  }
  const lookup: MessageLookup = (key) => {
    const text = i18n.getResource(lang, namespace, key, flat);
    return typeof text === "string" ? text : own(key);
  };
  return (key, params = {}) => translateMessage(lookup, lang, key, params);
};
