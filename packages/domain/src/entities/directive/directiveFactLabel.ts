import { isLanguage, languages } from "@xhht/core";
import { directiveFactLabels } from "../../data/directiveFactTexts.ts";
import { DomainError } from "../../errors/DomainError.ts";
import { domainErrorCodes } from "../../errors/domainErrorCodes.ts";
import type { LanguageOptions } from "../../i18n/createTranslator.ts";
import { type DirectiveFactName, directiveFactNames } from "./directiveFor.ts";

/**
 * The name of a part of a year's directive ({@link DirectiveFactName}) in the caller's language (Vietnamese by
 * default), as a page lists what is known of a year and what is not; each `DirectiveFact` also carries it as `label`.
 * Throws a `DomainError` (`domain.invalid-argument`) for a name that is none, `domain.unsupported-language` for a
 * language the SDK has no names in.
 *
 * @example
 * ```ts
 * directiveFactLabel("reportDeadline"); // "Hạn gửi báo cáo"
 * directiveFactNames.filter((name) => !directiveFor(2025).facts[name].known).map((name) => directiveFactLabel(name, { lang: "en" }));
 * // ["Date of the letter", "Report deadline", "Full text of the letter"]
 * ```
 */
export const directiveFactLabel = (name: DirectiveFactName, options: LanguageOptions = {}): string => {
  if (!(directiveFactNames as readonly unknown[]).includes(name)) {
    throw new DomainError(
      domainErrorCodes.invalidArgument,
      `directiveFactLabel: ${JSON.stringify(name) ?? String(name)} is not a fact of a directive; the facts are ${directiveFactNames.join(", ")}`,
    );
  }
  const lang = (options as { lang?: unknown } | undefined)?.lang ?? "vi";
  if (!isLanguage(lang)) {
    throw new DomainError(
      domainErrorCodes.unsupportedLanguage,
      `directiveFactLabel: the language ${JSON.stringify(lang) ?? String(lang)} is not supported: the SDK's names come in ${languages.map((language) => `"${language}"`).join(" and ")}`,
    );
  }
  return directiveFactLabels[name][lang];
};
