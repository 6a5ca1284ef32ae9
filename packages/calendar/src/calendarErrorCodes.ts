/** The codes of the errors `@xhht/calendar` throws. */
export const calendarErrorCodes = {
  invalidDate: "calendar.invalid-date",
  invalidYear: "calendar.invalid-year",
  invalidPlace: "calendar.invalid-place",
  invalidDayCount: "calendar.invalid-day-count",
  dateOutOfRange: "calendar.date-out-of-range",
  invalidLocale: "calendar.invalid-locale",
  invalidWeek: "calendar.invalid-week",
} as const;

export type CalendarErrorCode = (typeof calendarErrorCodes)[keyof typeof calendarErrorCodes];
