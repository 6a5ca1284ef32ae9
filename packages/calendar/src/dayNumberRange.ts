/**
 * The day numbers (days since 1970-01-01) of the first and last dates an {@link IsoDate} can write:
 * 0001-01-01 and 9999-12-31.
 *
 * @example
 * ```ts
 * fromDayNumber(dayNumberRange.min); // "0001-01-01"
 * fromDayNumber(dayNumberRange.max); // "9999-12-31"
 * ```
 */
export const dayNumberRange = { min: -719_162, max: 2_932_896 } as const;
