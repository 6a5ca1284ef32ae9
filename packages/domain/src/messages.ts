import { en } from "./locales/en.ts";
import { labelsEn } from "./locales/labels.en.ts";
import { labelsVi } from "./locales/labels.vi.ts";
import { vi } from "./locales/vi.ts";

/**
 * Every message and label of the SDK by language, keyed by rule id or `kind.code`, with `{{param}}` placeholders:
 * for a system that shows the SDK's issues in its own i18n framework.
 *
 * @example
 * ```ts
 * messages.en["report.late"]; // "The report was sent on {{submittedOn}}, {{daysLate}} days (…) after the last day, {{lastDay}}."
 * ```
 */
export const messages = {
  vi: { ...vi, ...labelsVi },
  en: { ...en, ...labelsEn },
} as const;
