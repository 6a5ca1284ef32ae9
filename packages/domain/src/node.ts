import { messageRegistry } from "./i18n/messageRegistry.ts";
import { messagesEn } from "./i18n/messagesEn.ts";
import { messagesVi } from "./i18n/messagesVi.ts";

// The entry Node resolves (the export condition `node`): every message of both languages registered at once, so
// `lang: "en"` works without `loadLanguage`, as it always has. Browsers get ./index.ts and load English on demand.
messageRegistry.add("vi", messagesVi);
messageRegistry.add("en", messagesEn);

export * from "./index.ts";
