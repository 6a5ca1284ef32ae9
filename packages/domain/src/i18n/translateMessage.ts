import type { Language } from "@xhht/core";
import { displayParams } from "./displayParams.ts";
import { paramWords } from "./paramWords.ts";

/** A message or word of one language by key; `undefined` when there is none. */
export type MessageLookup = (key: string) => string | undefined;

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};
const pluralOf = (lang: Language, value: number) => {
  const rules = pluralRules[lang] ?? new Intl.PluralRules(lang);
  pluralRules[lang] = rules;
  return rules.select(value);
};
const noWords: Readonly<Record<string, string>> = {};

/** Each `{{name}}` replaced as i18next would (`null` and `undefined` as nothing); a name `values` lacks stays. */
const interpolate = (template: string, values: Readonly<Record<string, unknown>>): string =>
  template.replace(placeholder, (match, name: string) => {
    if (!Object.hasOwn(values, name)) return match;
    const value = values[name];
    return value === null || value === undefined ? "" : String(value);
  });

/**
 * The message `key` of `lang` with `params` in it, as {@link paramWords} and `displayParams` show them: the variant
 * `<key>_<params.context>` when there is one, a counted unit in the number's plural form, a code by its name. The key
 * itself when there is no message.
 */
export const translateMessage = (
  lookup: MessageLookup,
  lang: Language,
  key: string,
  params: Readonly<Record<string, unknown>>,
): string => {
  const { context } = params;
  let template =
    (typeof context === "string" && context !== "" ? lookup(`${key}_${context}`) : undefined) ?? lookup(key);
  if (template === undefined) return key;
  const table: Readonly<Record<string, Readonly<Record<string, string>>>> = paramWords[lang];
  const words = (Object.hasOwn(table, key) ? table[key] : undefined) ?? noWords;
  const counted = new Set<string>();
  const named: Record<string, unknown> = {};
  for (const [name, word] of Object.entries(words)) {
    const value = params[name];
    if (typeof value === "number") {
      counted.add(name);
      const other = lookup(`${word}_other`);
      const form = lookup(`${word}_${pluralOf(lang, value)}`);
      if (other !== undefined && form !== undefined) {
        template = template.replaceAll(
          interpolate(other, { count: `{{${name}}}` }),
          interpolate(form, { count: `{{${name}}}` }),
        );
      }
    } else if (typeof value === "string") {
      named[name] = lookup(`${word}.${value}`) ?? value;
    }
  }
  return interpolate(template, { ...displayParams(params, lang, counted), ...named });
};
