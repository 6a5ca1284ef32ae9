import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { readFields } from "../readFields.ts";
import { createHolidayCalendar } from "./createHolidayCalendar.ts";
import type { HolidayCalendar, HolidayCalendarOptions } from "./HolidayCalendar.ts";

let shared: HolidayCalendar | undefined;

/**
 * The calendar `options.calendar` names, or the SDK's own (built-in rules and decisions; 24/11 left out until enacted), created
 * on first use and shared by the top-level functions so that their per-year cache is shared too.
 *
 * @example
 * ```ts
 * defaultHolidayCalendar().isWorkingDay("2020-10-01"); // true
 * ```
 */
export const defaultHolidayCalendar = (options?: HolidayCalendarOptions): HolidayCalendar => {
  const { calendar } = readFields(options, ["calendar"], calendarErrorCodes.invalidOptions, "the options", true);
  shared ??= createHolidayCalendar();
  if (calendar !== undefined) {
    // The methods a calendar has: those of the SDK's own.
    const methodNames = Object.keys(shared) as (keyof HolidayCalendar)[];
    const methods = readFields(calendar, methodNames, calendarErrorCodes.invalidOptions, "options.calendar");
    if (methodNames.some((name) => typeof methods[name] !== "function")) {
      throw new CalendarError(
        calendarErrorCodes.invalidOptions,
        `options.calendar is not a holiday calendar: pass what createHolidayCalendar returns (${methodNames.join(", ")})`,
      );
    }
    return calendar as HolidayCalendar;
  }
  return shared;
};
