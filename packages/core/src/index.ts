export { isLanguage } from "./isLanguage.ts";
export type { LangOption } from "./LangOption.ts";
export { type Language, languages } from "./languages.ts";
export { XhhtError } from "./XhhtError.ts";
