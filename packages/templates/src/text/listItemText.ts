/**
 * A list line as Decree 30 ends it: the given text without its own trailing «;», «.» or «,», followed by
 * «;», or «.» for the last line.
 */
export const listItemText = (text: string, isLast: boolean): string => {
  // A loop, not /[\s;.,]+$/: that pattern backtracks quadratically over a long run of «;» or spaces not at the end.
  let end = text.length;
  while (end > 0 && /[\s;.,]/u.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}${isLast ? "." : ";"}`;
};
