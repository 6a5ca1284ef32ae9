import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { defaultHolidayCalendar } from "../holidays/defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "../holidays/HolidayCalendar.ts";
import { readFields } from "../readFields.ts";
import { toDayNumber } from "../toDayNumber.ts";
import type { WeekMilestone } from "./WeekMilestone.ts";

/**
 * The working days left from `from` (today, a civil date in Vietnam: see {@link vietnamCivilDate}) up to `until`, a
 * date or a milestone of {@link weekMilestones}: the working days of [from, until], both days counted, so 1 on the
 * last day itself when it is a working day and 0 when none is left. When `until` has passed, the working days
 * since, as a negative number: −(working days of (until, from]), minus the `workingDaysLate` of {@link DeadlineStatus}.
 * Working days are those of `options.calendar` or the SDK's own (holidays, nghỉ bù, swaps).
 * Throws a {@link CalendarError} when a date is not a real date or a day between them is outside
 * {@link holidayYearRange}.
 *
 * @example
 * ```ts
 * const deadline = weekMilestones(2020).find((milestone) => milestone.kind === "reportDeadline")!; // 29/10/2020
 * workingDaysLeft("2020-10-26", deadline);     // 4: Monday to Thursday
 * workingDaysLeft("2020-10-29", "2020-10-29"); // 1: the last day itself
 * workingDaysLeft("2020-11-02", deadline);     // -2: Friday 30/10 and Monday 2/11 have passed
 * ```
 */
export const workingDaysLeft = (
  from: string,
  until: string | WeekMilestone,
  options?: HolidayCalendarOptions,
): number => {
  const to =
    typeof until === "string"
      ? until
      : readFields(until, ["date"], calendarErrorCodes.invalidMilestone, "until, a date or a milestone").date;
  const calendar = defaultHolidayCalendar(options, "workingDaysLeft");
  if (toDayNumber(to as string) < toDayNumber(from)) return -calendar.workingDaysBetween(to as string, from);
  return calendar.workingDaysBetween(from, to as string) + (calendar.isWorkingDay(from) ? 1 : 0);
};
