/** Zero-width and other format characters (U+200B, U+FEFF, …): Word keeps them, a reader never sees them. */
const invisible = /\p{Cf}/gu;

/**
 * A line's text as a reader sees it, the way the linter compares it: NFC, format characters (U+200B, U+FEFF, …)
 * dropped, no-break spaces as spaces, trimmed.
 */
export const shownText = (text: string): string =>
  text
    .normalize("NFC")
    .replace(invisible, "")
    .replace(/\u00A0/gu, " ")
    .trim();
