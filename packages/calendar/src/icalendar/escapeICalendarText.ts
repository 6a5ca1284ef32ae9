import { type CalendarErrorCode, calendarErrorCodes } from "../calendarErrorCodes.ts";
import { checkText } from "../checkText.ts";

// C0 controls but tab, line feed and carriage return, DEL, and the noncharacters U+FFFE and U+FFFF; with /u, the
// surrogate range matches only lone surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters being refused
const refused = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/**
 * `text` as an iCalendar TEXT value (RFC 5545, 3.3.11): normalised to NFC, with «\\», «;» and «,» escaped by a
 * backslash and each line break (CRLF, CR or LF) written «\n». Throws a {@link CalendarError} `calendar.invalid-text`
 * for a character a calendar file cannot carry: a control character other than tab and line break, DEL, a lone
 * surrogate, U+FFFE or U+FFFF; and `code` (`calendar.invalid-text` unless given) for a value that is not a string,
 * named `what` in the message.
 *
 * @example
 * ```ts
 * escapeICalendarText("Hạn báo cáo; trước ngày 30/10/2020, qua thư điện tử"); // "Hạn báo cáo\\; trước ngày 30/10/2020\\, qua thư điện tử"
 * ```
 */
export const escapeICalendarText = (
  text: unknown,
  what = "iCalendar text",
  code: CalendarErrorCode = calendarErrorCodes.invalidText,
): string =>
  checkText(text, what, code, refused)
    .normalize("NFC")
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\r\n|\r|\n/g, "\\n");
