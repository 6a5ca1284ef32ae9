import { type Language, languages } from "@xhht/domain";

const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

/**
 * The language of the messages: `?lang=vi|en` when given, else the first of Vietnamese and English the
 * `Accept-Language` header prefers (by its q-values; `en-US` counts as `en`), else Vietnamese. `undefined` when
 * `?lang` names a language the SDK has no messages in, so the caller can say so.
 *
 * @example
 * ```ts
 * pickLanguage(undefined, "fr-FR, en;q=0.8, vi;q=0.5"); // "en"
 * pickLanguage("de", undefined); // undefined
 * ```
 */
export const pickLanguage = (query: string | undefined, acceptLanguage: string | undefined): Language | undefined => {
  if (query !== undefined) {
    const wanted = query.trim().toLowerCase();
    return isLanguage(wanted) ? wanted : undefined;
  }
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, position) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/u.exec(param)?.[1]).find((value) => value !== undefined);
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), position };
    })
    .filter((entry): entry is { base: Language; q: number; position: number } => entry.q > 0 && isLanguage(entry.base))
    .sort((a, b) => b.q - a.q || a.position - b.position);
  return ranked[0]?.base ?? "vi";
};
