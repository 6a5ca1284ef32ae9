// @xhht/domain/messages/en: the English messages alone, for a page that loads the language it shows
// (`await import("@xhht/domain/messages/en")`) instead of both with `messages` of the main entry.
export { paramWordsEn } from "../i18n/locales/paramWords.en.ts";
export { messagesEn } from "../i18n/messagesEn.ts";
