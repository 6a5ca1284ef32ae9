export { type CalendarErrorCode, calendarErrorCodes } from "./errorCodes/calendarErrorCodes.ts";
export { type CliErrorCode, cliErrorCodes } from "./errorCodes/cliErrorCodes.ts";
export { type DomainErrorCode, domainErrorCodes } from "./errorCodes/domainErrorCodes.ts";
export { type TemplateErrorCode, templateErrorCodes } from "./errorCodes/templateErrorCodes.ts";
export { isLanguage } from "./isLanguage.ts";
export type { LangOption } from "./LangOption.ts";
export { type Language, languages } from "./languages.ts";
export { XhhtError } from "./XhhtError.ts";
