import { isLanguage, type Language, languages } from "@xhht/core";
import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";
import { type MessageTable, messageRegistry } from "./messageRegistry.ts";

const describeValue = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : value === null ? "null" : typeof value;

/** `lang`, after checking it is one of {@link languages}. */
export const checkedLanguage = (lang: unknown): Language => {
  if (!isLanguage(lang)) {
    throw new DomainError(
      domainErrorCodes.unsupportedLanguage,
      `The language ${describeValue(lang)} is not supported: the SDK's messages come in ${languages.map((language) => `"${language}"`).join(" and ")}`,
    );
  }
  return lang;
};

/**
 * Adds the messages of `table` to those of `lang` that every translator of the SDK speaks ({@link createTranslator},
 * the validators, `labelOf`…): for a page that imports a language's messages itself (`messagesEn` of
 * `@xhht/domain/messages/en`) rather than with {@link loadLanguage}. A key already there takes the new text, so a
 * table of your own can reword a message. Throws a {@link DomainError} `domain.unsupported-language` for a language
 * other than `"vi"` and `"en"`, and `domain.invalid-argument` for a table that is not an object of strings.
 *
 * @example
 * ```ts
 * import { messagesEn } from "@xhht/domain/messages/en";
 *
 * registerMessages("en", messagesEn);
 * createTranslator({ lang: "en" })("text.blank"); // "Must not be blank."
 * ```
 */
export const registerMessages = (lang: Language, table: MessageTable): void => {
  const language = checkedLanguage(lang);
  if (
    typeof table !== "object" ||
    table === null ||
    Array.isArray(table) ||
    Object.values(table).some((text) => typeof text !== "string")
  ) {
    throw new DomainError(
      domainErrorCodes.invalidArgument,
      `registerMessages takes a table of messages, an object of strings such as messagesEn; got ${describeValue(table)}`,
    );
  }
  messageRegistry.add(language, table);
};
