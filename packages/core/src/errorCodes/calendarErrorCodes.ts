/**
 * The codes of the errors `@xhht/calendar` throws, each as its `CalendarError`'s `code`: stable strings a caller can
 * branch on, whatever the wording of the message. Kept in `@xhht/core`; `@xhht/calendar` exports the same table under
 * the same name.
 *
 * @example
 * ```ts
 * calendarErrorCodes.holidayYearOutOfRange; // "calendar.holiday-year-out-of-range"
 * ```
 */
export const calendarErrorCodes = {
  /** A civil date that is not a real calendar day written `YYYY-MM-DD`. */
  invalidDate: "calendar.invalid-date",
  /** A year that is not a whole number in the range the function covers (e.g. a Lifelong Learning Week's year). */
  invalidYear: "calendar.invalid-year",
  /** A place name for a date line that is blank, not text, or more than the place alone. */
  invalidPlace: "calendar.invalid-place",
  /** A number of days (or working days) that is not a whole number. */
  invalidDayCount: "calendar.invalid-day-count",
  /** A date, or the result of date arithmetic, outside 0001-01-01 … 9999-12-31. */
  dateOutOfRange: "calendar.date-out-of-range",
  /** A locale the calendar does not speak: it takes `"vi"` or `"en"`. */
  invalidLocale: "calendar.invalid-locale",
  /** A Lifelong Learning Week entry (or list of entries) that does not have the shape the calendar reads. */
  invalidWeek: "calendar.invalid-week",
  /** A date in a year the holiday calendar does not cover (`holidayYearRange`). */
  holidayYearOutOfRange: "calendar.holiday-year-out-of-range",
  /** A government holiday decision (swap, Tết range, sources) that does not have the shape the calendar reads. */
  invalidHolidayDecision: "calendar.invalid-holiday-decision",
  /** A deadline that is not one of the calendar's deadline kinds with a valid date. */
  invalidDeadline: "calendar.invalid-deadline",
  /** An instant that is an invalid `Date` or a string that is not an ISO date-time. */
  invalidInstant: "calendar.invalid-instant",
  /** A date-time without a UTC offset, whose moment would depend on the host's time zone. */
  ambiguousInstant: "calendar.ambiguous-instant",
  /** A lunar date `{ year, month, day, leap }` that does not exist. */
  invalidLunarDate: "calendar.invalid-lunar-date",
  /** A lunar year outside the years the lunar conversion covers (`lunarYearRange`). */
  lunarOutOfRange: "calendar.lunar-out-of-range",
  /** Options of the lunar conversion that are not an object with a valid `offsetHours`. */
  invalidLunarOptions: "calendar.invalid-lunar-options",
  /** A milestone of the Week that is not one `weekMilestones` returns. */
  invalidMilestone: "calendar.invalid-milestone",
  /** Text holding a character no document can carry (a control character or a non-character). */
  invalidText: "calendar.invalid-text",
  /** An options object, or one of its fields, that the function does not take. */
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
