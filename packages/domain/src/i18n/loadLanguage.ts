import type { Language } from "@xhht/core";
import { messageRegistry } from "./messageRegistry.ts";
import { checkedLanguage } from "./registerMessages.ts";

/**
 * Loads every message of `lang` (a dynamic `import()` of `@xhht/domain/messages/<lang>`, which a bundler puts in a
 * chunk of its own) and registers it, so the validators and translators speak it. A page bundled for the browser
 * has the Vietnamese messages of the validators' rules from the start and English only after
 * `await loadLanguage("en")`: asking for `lang: "en"` before throws a {@link DomainError}
 * `domain.language-not-loaded`. `loadLanguage("vi")` adds the rest of Vietnamese to {@link createTranslator}: the
 * names of codes and fields, the .docx linter's messages and the meanings of the error codes. A message a page
 * reworded with {@link registerMessages}, before or after, keeps its wording. In Node every language is there from the
 * start, and this resolves at once. Rejects with `domain.unsupported-language` for a language
 * other than `"vi"` and `"en"`.
 *
 * @example
 * ```ts
 * await loadLanguage("en");
 * validateReport(sampleReport2020, { lang: "en" }).ok; // true
 * createTranslator({ lang: "en" })("text.blank"); // "Must not be blank."
 * ```
 */
export const loadLanguage = async (lang: Language): Promise<void> => {
  if (checkedLanguage(lang) === "en") {
    const { messagesEn } = await import("../messages/en.ts");
    messageRegistry.addDefaults("en", messagesEn);
  } else {
    const { messagesVi } = await import("../messages/vi.ts");
    messageRegistry.addDefaults("vi", messagesVi);
  }
};
