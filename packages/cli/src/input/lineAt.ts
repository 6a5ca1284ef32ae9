/** The 1-based line and column of a character offset in `text`. */
export const lineAt = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let index = text.indexOf("\n"); index !== -1 && index < end; index = text.indexOf("\n", index + 1)) {
    line++;
    start = index + 1;
  }
  return { line, column: end - start + 1 };
};
