/** `text` as a regular expression that matches it literally: «TL.» becomes `TL\.`. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
