const limit = 75;

// The octets of one character (a code point, as `for…of` gives it) in UTF-8.
const octets = (char: string): number => (char.length > 1 ? 4 : char > "\u07ff" ? 3 : char > "\u007f" ? 2 : 1);

/**
 * A content line folded as RFC 5545 (3.1) asks: no line longer than 75 octets of UTF-8, each continuation starting
 * with one space, lines joined by CRLF, and never a character split across two lines (Vietnamese letters take 2 or 3
 * octets, so this counts octets, not characters). The result carries no final CRLF.
 *
 * @example
 * ```ts
 * foldICalendarLine("SUMMARY:Khai mạc");  // unchanged: 17 octets
 * foldICalendarLine(`DESCRIPTION:${"ạ".repeat(40)}`); // "DESCRIPTION:ạạ…ạ\r\n ạạ…": 75 octets, then the rest
 * ```
 */
export const foldICalendarLine = (line: string): string => {
  let folded = "";
  let size = 0;
  for (const char of line) {
    const length = octets(char);
    if (size + length > limit) {
      folded += "\r\n ";
      size = 1;
    }
    folded += char;
    size += length;
  }
  return folded;
};
