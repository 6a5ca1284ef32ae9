import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";

/**
 * Checks that `options` of `caller` is an object whose `lists`, when given, are arrays: a mistake of the caller's
 * throws a {@link DomainError} `domain.invalid-option` naming them, before anything reads them.
 */
export const checkListOptions = (caller: string, options: unknown, lists: readonly string[]): void => {
  const valid =
    typeof options === "object" &&
    options !== null &&
    lists.every((name) => {
      const value = (options as Record<string, unknown>)[name];
      return value === undefined || Array.isArray(value);
    });
  if (!valid) {
    const names = lists.map((name) => `\`${name}\``).join(" and ");
    throw new DomainError(
      domainErrorCodes.invalidOption,
      `${caller}: options must be an object whose ${names}, if given, ${lists.length === 1 ? "is an array" : "are arrays"}`,
    );
  }
};
