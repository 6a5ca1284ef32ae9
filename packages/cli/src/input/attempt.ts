/** `action`'s value, or `undefined` when it throws: for finding a position, which must never stop a file. */
export const attempt = <T>(action: () => T): T | undefined => {
  try {
    return action();
  } catch {
    return undefined;
  }
};
