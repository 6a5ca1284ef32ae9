declare const isoDateBrand: unique symbol;

/**
 * A civil date in Vietnam as `YYYY-MM-DD`: a day on the calendar, never an instant.
 * Obtain one with {@link parseIsoDate} or {@link isIsoDate}; a plain string is not accepted where an `IsoDate` is required.
 *
 * @example
 * ```ts
 * const opening: IsoDate = parseIsoDate("2020-10-01");
 * const input: unknown = "2020-10-01";
 * if (isIsoDate(input)) addDays(input, 6); // "2020-10-07"
 * ```
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };
