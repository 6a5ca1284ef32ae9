/**
 * The codes of the errors `@xhht/calendar` throws, each as {@link CalendarError}'s `code`: stable strings a caller
 * can branch on, whatever the wording of the message.
 *
 * @example
 * ```ts
 * try {
 *   isWorkingDay("2006-12-29");
 * } catch (error) {
 *   if (error instanceof CalendarError && error.code === calendarErrorCodes.holidayYearOutOfRange) {
 *     // before 2007: outside holidayYearRange
 *   }
 * }
 * ```
 */
export const calendarErrorCodes = {
  invalidDate: "calendar.invalid-date",
  invalidYear: "calendar.invalid-year",
  invalidPlace: "calendar.invalid-place",
  invalidDayCount: "calendar.invalid-day-count",
  dateOutOfRange: "calendar.date-out-of-range",
  invalidLocale: "calendar.invalid-locale",
  invalidWeek: "calendar.invalid-week",
  holidayYearOutOfRange: "calendar.holiday-year-out-of-range",
  invalidHolidayDecision: "calendar.invalid-holiday-decision",
  invalidDeadline: "calendar.invalid-deadline",
  invalidInstant: "calendar.invalid-instant",
  ambiguousInstant: "calendar.ambiguous-instant",
  invalidLunarDate: "calendar.invalid-lunar-date",
  lunarOutOfRange: "calendar.lunar-out-of-range",
  invalidLunarOptions: "calendar.invalid-lunar-options",
  invalidMilestone: "calendar.invalid-milestone",
  invalidText: "calendar.invalid-text",
  invalidOptions: "calendar.invalid-options",
} as const;

/**
 * One code of {@link calendarErrorCodes}, e.g. `"calendar.invalid-date"`.
 *
 * @example
 * ```ts
 * const code: CalendarErrorCode = "calendar.holiday-year-out-of-range";
 * ```
 */
export type CalendarErrorCode = (typeof calendarErrorCodes)[keyof typeof calendarErrorCodes];
