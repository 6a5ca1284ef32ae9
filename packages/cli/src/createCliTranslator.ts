import { type Language, languages } from "@xhht/core";
import { cliMessagesEn } from "./locales/en.ts";
import { type CliMessageKey, cliMessagesVi } from "./locales/vi.ts";

/**
 * The languages of the command's own texts: the SDK's `languages` of `@xhht/core`.
 *
 * @deprecated Use `languages` of `@xhht/core` (the same list): the SDK has one language type.
 *
 * @example
 * ```ts
 * cliLanguages; // ["vi", "en"]
 * ```
 */
export const cliLanguages: typeof languages = languages;
/**
 * What `--lang` (or the `XHHT_LANG` variable) takes: the SDK's one `Language` of `@xhht/core`, `"vi"` or `"en"`.
 *
 * @deprecated Use `Language` of `@xhht/core` (the same type): the SDK has one language type.
 *
 * @example
 * ```ts
 * const lang: CliLanguage = "vi";
 * createCliTranslator(lang)("lint.fix.out-without-fix"); // "-o và --force là tùy chọn của --fix"
 * ```
 */
export type CliLanguage = Language;

/**
 * Turns a key of the command's texts and its parameters into text.
 *
 * @example
 * ```ts
 * const t: CliTranslate = createCliTranslator("en");
 * t("generate.not-one", { count: 2 }); // "the file holds 2 records; this makes one document from one record"
 * ```
 */
export type CliTranslate = (key: CliMessageKey, params?: Readonly<Record<string, unknown>>) => string;

/**
 * The translator of the command's own texts (help, progress, summaries). A plain table, not i18next, so that
 * `xhht --help` starts without loading the SDK; the SDK's messages (issues, labels) come from `@xhht/domain`.
 *
 * @example
 * ```ts
 * createCliTranslator("en")("generate.not-one", { count: 3 });
 * // "the file holds 3 records; this makes one document from one record"
 * ```
 */
export const createCliTranslator = (lang: Language): CliTranslate => {
  const table = lang === "en" ? cliMessagesEn : cliMessagesVi;
  return (key, params = {}) =>
    table[key].replace(/\{\{(\w+)\}\}/gu, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
};
