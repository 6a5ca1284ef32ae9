import { createInstance, type i18n as I18n } from "i18next";
import { messages } from "./messages.ts";

/** The languages the SDK's messages and labels come in; Vietnamese is the default. */
export const languages = ["vi", "en"] as const;
export type Language = (typeof languages)[number];

/** Options every function that speaks to a person takes. */
export interface LanguageOptions {
  /** The language of messages: `"vi"` (default) or `"en"`. */
  readonly lang?: Language;
  /** Your own i18next instance: the SDK adds its `xhht` namespace to it and never changes its language. */
  readonly i18n?: I18n;
}

/** Turns a message key and its parameters into text. */
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

/**
 * A translator for the SDK's messages in `lang`, from the SDK's own i18next instance or from yours.
 * The global i18next instance is never touched.
 *
 * @example
 * ```ts
 * const t = createTranslator({ lang: "en" });
 * t("text.blank"); // "Must not be blank."
 * ```
 */
export const createTranslator = (options: LanguageOptions = {}): Translate => {
  const lang = options.lang ?? "vi";
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
      text = instance.t(key, {
        ...params,
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
