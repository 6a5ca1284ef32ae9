import { en } from "./locales/en.ts";
import { fieldsEn } from "./locales/fields.en.ts";
import { labelsEn } from "./locales/labels.en.ts";
import { wordsEn } from "./locales/words.en.ts";

/**
 * Every English message and label of the SDK: {@link messages}`.en`, on its own for a page that loads one language
 * (`@xhht/domain/messages/en`).
 *
 * @example
 * ```ts
 * messagesEn["text.blank"]; // "Must not be blank."
 * ```
 */
export const messagesEn = { ...en, ...labelsEn, ...wordsEn, ...fieldsEn } as const;
