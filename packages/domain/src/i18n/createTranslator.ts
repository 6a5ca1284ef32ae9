import { isLanguage, type LangOption, type Language, languages } from "@xhht/core";
import { createInstance, type i18n as I18n } from "i18next";
import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";
import { displayParams } from "./displayParams.ts";
import { messages } from "./messages.ts";

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
  /** Your own i18next instance: the SDK adds its `xhht` namespace to it and never changes its language. */
  readonly i18n?: I18n;
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
let own: I18n | undefined;
const ownTexts: Record<Language, Map<string, string>> = { vi: new Map(), en: new Map() };

const ownInstance = (): I18n => {
  if (own === undefined) {
    own = createInstance();
    void own.init({
      lng: "vi",
      fallbackLng: "vi",
      ns: [namespace],
      defaultNS: namespace,
      resources: { vi: { [namespace]: messages.vi }, en: { [namespace]: messages.en } },
      initAsync: false,
      interpolation: { escapeValue: false },
      keySeparator: false,
      nsSeparator: false,
    });
  }
  return own;
};

const describeValue = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : typeof value);

/** The language `options` asks for, after checking `options` is a caller's mistake-free object. */
const languageOf = (options: unknown): Language => {
  if (typeof options !== "object" || options === null) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      `options must be an object such as { lang: "en" }, or left out; got ${options === null ? "null" : describeValue(options)}`,
    );
  }
  const { lang = "vi", i18n } = options as { lang?: unknown; i18n?: unknown };
  if (!isLanguage(lang)) {
    throw new DomainError(
      domainErrorCodes.unsupportedLanguage,
      `The language ${describeValue(lang)} is not supported: the SDK's messages come in ${languages.map((language) => `"${language}"`).join(" and ")}`,
    );
  }
  if (
    i18n !== undefined &&
    (typeof i18n !== "object" ||
      i18n === null ||
      ["t", "hasResourceBundle", "addResourceBundle"].some(
        (method) => typeof (i18n as Record<string, unknown>)[method] !== "function",
      ))
  ) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      "options.i18n must be an i18next instance (from i18next's createInstance()), or left out",
    );
  }
  return lang;
};

/**
 * A translator for the SDK's messages in `lang`, from the SDK's own i18next instance or from yours.
 * The global i18next instance is never touched. A language other than {@link languages} (`"vi"`, `"en"`) is not
 * silently replaced: it throws a {@link DomainError} `domain.unsupported-language` naming the supported ones, and
 * `options` that are not an object, or an `i18n` that is not an i18next instance, throw `domain.invalid-option`.
 * Every validator and translator that takes `lang` reads it here, so all of them behave alike.
 *
 * @example
 * ```ts
 * const t = createTranslator({ lang: "en" });
 * t("text.blank"); // "Must not be blank."
 * createTranslator({ lang: "fr" as never }); // throws DomainError domain.unsupported-language
 * ```
 */
export const createTranslator = (options: LanguageOptions = {}): Translate => {
  const lang = languageOf(options);
  const instance = options.i18n ?? ownInstance();
  if (options.i18n !== undefined) {
    for (const language of languages) {
      if (!instance.hasResourceBundle(language, namespace)) {
        instance.addResourceBundle(language, namespace, messages[language], true, false);
      }
    }
  }
  // instance.t, not getFixedT: a fixed t copies the instance's whole options on every call, six times slower.
  // A batch repeats the same messages: the SDK's own instance never changes, so its texts are kept across calls;
  // a caller's instance may gain resources at any time, so its texts are kept only for this translator's life.
  const made = options.i18n === undefined ? ownTexts[lang] : new Map<string, string>();
  return (key, params = {}) => {
    const id = `${key}\u0000${JSON.stringify(params)}`;
    let text = made.get(id);
    if (text === undefined) {
      const texts: Readonly<Record<string, string>> = messages[lang];
      const template = `${texts[key] ?? ""} ${texts[`${key}_${String(params.context)}`] ?? ""}`;
      text = instance.t(key, {
        ...displayParams(params, lang, template),
        lng: lang,
        ns: namespace,
        keySeparator: false,
        nsSeparator: false,
      }) as string;
      if (made.size >= 10_000) made.clear();
      made.set(id, text);
    }
    return text;
  };
};
