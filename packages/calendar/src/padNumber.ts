/**
 * `value` written with leading zeros to `width` digits (2 unless told): the year, month and day fields of a date.
 *
 * @example
 * ```ts
 * padNumber(5); // "05"
 * padNumber(20, 4); // "0020"
 * ```
 */
export const padNumber = (value: number, width = 2): string => String(value).padStart(width, "0");
