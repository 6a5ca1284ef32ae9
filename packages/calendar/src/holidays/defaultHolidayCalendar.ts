import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { invalidOption, readFields, readOptions } from "../readFields.ts";
import { createHolidayCalendar } from "./createHolidayCalendar.ts";
import type { HolidayCalendar, HolidayCalendarOptions } from "./HolidayCalendar.ts";

let shared: HolidayCalendar | undefined;

/**
 * The calendar `options.calendar` names, or the SDK's own (built-in rules and decisions; 24/11 left out until enacted), created
 * on first use and shared by the top-level functions so that their per-year cache is shared too. `fn`, the function
 * whose options these are, begins the message of a `calendar.invalid-options` error.
 *
 * @example
 * ```ts
 * defaultHolidayCalendar(undefined, "isWorkingDay").isWorkingDay("2020-10-01"); // true
 * ```
 */
export const defaultHolidayCalendar = (options: HolidayCalendarOptions | undefined, fn: string): HolidayCalendar => {
  const { calendar } = readOptions(fn, options, ["calendar"]);
  shared ??= createHolidayCalendar();
  if (calendar !== undefined) {
    // The methods a calendar has: those of the SDK's own.
    const methodNames = Object.keys(shared) as (keyof HolidayCalendar)[];
    const methods = readFields(calendar, methodNames, calendarErrorCodes.invalidOptions, `${fn}: options.calendar`);
    if (methodNames.some((name) => typeof methods[name] !== "function")) {
      throw invalidOption(fn, "calendar", `what createHolidayCalendar returns (${methodNames.join(", ")})`, calendar);
    }
    return calendar as HolidayCalendar;
  }
  return shared;
};
