const limit = 75;

const octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

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
  const pieces: string[] = [];
  let start = 0;
  let size = 0;
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index) as number;
    const length = octets(codePoint);
    if (size + length > limit) {
      pieces.push(line.slice(start, index));
      start = index;
      size = 1;
    }
    size += length;
    index += codePoint > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join("\r\n ");
};
