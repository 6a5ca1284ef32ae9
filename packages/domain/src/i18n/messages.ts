import { en } from "./locales/en.ts";
import { fieldsEn } from "./locales/fields.en.ts";
import { fieldsVi } from "./locales/fields.vi.ts";
import { labelsEn } from "./locales/labels.en.ts";
import { labelsVi } from "./locales/labels.vi.ts";
import { vi } from "./locales/vi.ts";
import { wordsEn } from "./locales/words.en.ts";
import { wordsVi } from "./locales/words.vi.ts";

/**
 * Every message and label of the SDK by language, keyed by rule id or `kind.code`, with `{{param}}` placeholders:
 * for a system that shows the SDK's issues in its own i18n framework. The messages are i18next resources: a
 * message may nest a word with `$t(key, {"count": …})` (plural forms `key_one`, `key_other`, …), and a rule may
 * have a variant by i18next context (`report.late_no-working-days`).
 *
 * @example
 * ```ts
 * messages.en["report.late"]; // "The report was sent on {{submittedOn}}, $t(count.days, {\"count\": {{daysLate}} }) (…) after the last day, {{lastDay}}."
 * ```
 */
export const messages = {
  vi: { ...vi, ...labelsVi, ...wordsVi, ...fieldsVi },
  en: { ...en, ...labelsEn, ...wordsEn, ...fieldsEn },
} as const;
