import type { CalendarErrorCode } from "./calendarErrorCodes.ts";
import { XhhtError } from "./XhhtError.ts";

/**
 * Thrown by `@xhht/calendar` for an argument no calendar can answer (an impossible date, a year out of range).
 *
 * @example
 * ```ts
 * try {
 *   parseIsoDate("2020-13-01");
 * } catch (error) {
 *   if (error instanceof CalendarError) console.log(error.code); // "calendar.invalid-date"
 * }
 * ```
 */
export class CalendarError extends XhhtError {
  declare readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
