import { createHolidayCalendar } from "./createHolidayCalendar.ts";
import type { HolidayCalendar, HolidayCalendarOptions } from "./HolidayCalendar.ts";

let shared: HolidayCalendar | undefined;

/**
 * The calendar `options.calendar` names, or the SDK's own (built-in rules and decisions, 24/11 included), created
 * on first use and shared by the top-level functions so that their per-year cache is shared too.
 *
 * @example
 * ```ts
 * defaultHolidayCalendar().isWorkingDay("2020-10-01"); // true
 * ```
 */
export const defaultHolidayCalendar = (options?: HolidayCalendarOptions): HolidayCalendar => {
  if (options?.calendar) return options.calendar;
  shared ??= createHolidayCalendar();
  return shared;
};
