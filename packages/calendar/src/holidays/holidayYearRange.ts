/**
 * The years a holiday calendar covers: from 2007, the year Giỗ Tổ Hùng Vương became a paid holiday (Luật số
 * 84/2007/QH11, amending Điều 73 of the Labour Code 1994), to 2100, the end of the lunar tables. Holiday and
 * working-day functions throw a {@link CalendarError} `calendar.holiday-year-out-of-range` outside them.
 *
 * @example
 * ```ts
 * holidayYearRange.min; // 2007
 * holidayYearRange.max; // 2100
 * ```
 */
export const holidayYearRange = { min: 2007, max: 2100 } as const;
