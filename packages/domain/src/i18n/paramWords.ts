import { paramWordsEn } from "./locales/paramWords.en.ts";
import { paramWordsVi } from "./locales/paramWords.vi.ts";

/**
 * The parameters a message shows as a word, by language and message key (its variants `<key>_<context>` alike), each
 * naming its word in {@link messages}. A number counts a unit (`count.days`): the message writes the unit's `_other`
 * form («{{daysLate}} days», from `count.days_other` «{{count}} days»), and a number whose plural category
 * (`Intl.PluralRules`) is another one takes that form instead (`count.days_one`: «{{daysLate}} day»). A string is a
 * code shown by its name: `type` → `type.<value>` («a number» for `"number"`), the value itself when it has none.
 *
 * @example
 * ```ts
 * paramWords.en["report.late"].daysLate; // "count.days"
 * messages.en["count.days_one"]; // "{{count}} day"
 * ```
 */
export const paramWords = { vi: paramWordsVi, en: paramWordsEn } as const;
