/**
 * The years a holiday calendar covers: from 2014, the first Tết under the Labour Code 2012 (in force 01/05/2013; the
 * 1994 Code's four-day Tết before it is not modelled), to 2100, the end of the lunar tables. Holiday and
 * working-day functions throw a {@link CalendarError} `calendar.holiday-year-out-of-range` outside them.
 *
 * @example
 * ```ts
 * holidayYearRange.min; // 2014
 * holidayYearRange.max; // 2100
 * ```
 */
export const holidayYearRange = { min: 2014, max: 2100 } as const;
