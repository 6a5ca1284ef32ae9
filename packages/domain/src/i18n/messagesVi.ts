import { fieldsVi } from "./locales/fields.vi.ts";
import { labelsVi } from "./locales/labels.vi.ts";
import { vi } from "./locales/vi.ts";
import { wordsVi } from "./locales/words.vi.ts";

/**
 * Every Vietnamese message and label of the SDK: {@link messages}`.vi`, on its own for a page that loads one
 * language (`@xhht/domain/messages/vi`).
 *
 * @example
 * ```ts
 * messagesVi["text.blank"]; // "Không được để trống."
 * ```
 */
export const messagesVi = { ...vi, ...labelsVi, ...wordsVi, ...fieldsVi } as const;
