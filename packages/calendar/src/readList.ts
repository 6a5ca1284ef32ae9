/**
 * A copy of `value` if it is an array whose items can be read, else `undefined`: a revoked proxy or a throwing
 * iterator gives `undefined` instead of a `TypeError`, so the caller can refuse it with its own `CalendarError`.
 */
export const readList = (value: unknown): unknown[] | undefined => {
  try {
    return Array.isArray(value) ? [...value] : undefined;
  } catch {
    return undefined;
  }
};
