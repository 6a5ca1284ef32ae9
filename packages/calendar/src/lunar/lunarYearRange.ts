/**
 * The lunar years the calendar covers, whole: from Tết 1900 (1900-01-31) to the day before Tết 2101
 * (2101-01-28 at UTC+7), so every solar date of 1900-01-31 to 2100-12-31 has a lunar date.
 *
 * @example
 * ```ts
 * lunarYearRange.first; // 1900
 * ```
 */
export const lunarYearRange = { first: 1900, last: 2100 } as const;
