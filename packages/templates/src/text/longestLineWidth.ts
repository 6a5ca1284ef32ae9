import { estimateTextWidth, type TextWidthOptions } from "./estimateTextWidth.ts";

/**
 * The estimated width in twips of the longest line `text` makes when wrapped at word boundaries into
 * `available` twips, as a centred header line would wrap.
 */
export const longestLineWidth = (text: string, available: number, options: TextWidthOptions): number => {
  const space = estimateTextWidth(" ", options);
  let longest = 0;
  let line = 0;
  for (const word of text.split(/\s+/u).filter((w) => w !== "")) {
    const width = estimateTextWidth(word, options);
    if (line > 0 && line + space + width > available) {
      longest = Math.max(longest, line);
      line = width;
    } else {
      line = line === 0 ? width : line + space + width;
    }
  }
  return Math.min(available, Math.max(longest, line));
};
