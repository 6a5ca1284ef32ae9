// @xhht/domain/messages/vi: the Vietnamese messages alone, for a page that loads the language it shows
// (`await import("@xhht/domain/messages/vi")`) instead of both with `messages` of the main entry.
export { paramWordsVi } from "../i18n/locales/paramWords.vi.ts";
export { messagesVi } from "../i18n/messagesVi.ts";
