import { CalendarError } from "./CalendarError.ts";
import { type CalendarErrorCode, calendarErrorCodes } from "./calendarErrorCodes.ts";
import { describeValue } from "./describeValue.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot carry (with /u, the surrogate range matches only lone ones)
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/**
 * `value` if it is text a document can carry. A value that is not a string is refused with `code`; a C0 control
 * but tab and line breaks, U+FFFE, U+FFFF or a lone surrogate (or any character `refused` matches) with
 * `calendar.invalid-text`, naming the character.
 */
export const checkText = (value: unknown, what: string, code: CalendarErrorCode, refused = xmlIllegal): string => {
  if (typeof value !== "string") {
    throw new CalendarError(code, `${what} must be a string, not ${describeValue(value)}`);
  }
  const match = refused.exec(value);
  if (match) {
    const hex = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    throw new CalendarError(
      calendarErrorCodes.invalidText,
      `${what} ${describeValue(value)} holds U+${hex} at index ${match.index}, a character no document can carry: remove it`,
    );
  }
  return value;
};
