/**
 * A list line as Decree 30 ends it: the given text without its own trailing «;», «.» or «,», followed by
 * «;», or «.» for the last line.
 */
export const listItemText = (text: string, isLast: boolean): string =>
  `${text.replace(/[\s;.,]+$/u, "")}${isLast ? "." : ";"}`;
