/**
 * Whether `value` is a whole number from `min` to `max`, both included: the check of every year, month, day and count
 * the calendar reads.
 *
 * @example
 * ```ts
 * isWholeIn(12, 1, 12); // true
 * isWholeIn(2.5, 1, 12); // false
 * ```
 */
export const isWholeIn = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;
