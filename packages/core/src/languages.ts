/**
 * The languages the SDK speaks to people in (messages, labels, weekday and lunar-date words, the command's texts):
 * Vietnamese, the default, and English.
 *
 * @example
 * ```ts
 * languages; // ["vi", "en"]
 * ```
 */
export const languages = ["vi", "en"] as const;

/**
 * One of {@link languages}: what the SDK's one language option, `lang`, takes in every package.
 *
 * @example
 * ```ts
 * const lang: Language = "en";
 * isLanguage(lang); // true
 * const each: readonly Language[] = languages;
 * each.map((language) => language.toUpperCase()); // ["VI", "EN"]
 * ```
 */
export type Language = (typeof languages)[number];
