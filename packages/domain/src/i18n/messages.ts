import { messagesEn } from "./messagesEn.ts";
import { messagesVi } from "./messagesVi.ts";

/**
 * Every message and label of the SDK by language, for a system that shows the SDK's issues in its own i18n framework
 * (i18next, FormatJS, vue-i18n…): flat, a key (rule id or `kind.code`) to a plain string whose only markup is
 * `{{param}}` placeholders, each the name of a parameter of the issue. A rule may have a variant by context: the key
 * `<rule id>_<context>` (`report.late_no-working-days`), picked by the issue's `params.context`. A few parameters are
 * shown as a word, as {@link paramWords} lists: an English count writes its unit in the plural
 * («{{days}} days»), to be replaced by its singular for 1 from the word's `_one` form (`count.days_one`); a zod type
 * is shown by its name, `type.<type>`. {@link createTranslator} does all of this without any framework.
 *
 * @example
 * ```ts
 * messages.en["report.late"]; // "The report was sent on {{submittedOn}}, {{daysLate}} days ({{workingDaysLate}} working days) after the last day, {{lastDay}}."
 * ```
 */
export const messages = { vi: messagesVi, en: messagesEn } as const;
