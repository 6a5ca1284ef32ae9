declare const isoDateBrand: unique symbol;

/**
 * A civil date in Vietnam as `YYYY-MM-DD`: a day on the calendar, never an instant.
 * Obtain one with {@link parseIsoDate} or {@link isIsoDate}; a plain string is not accepted where an `IsoDate` is required.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };
