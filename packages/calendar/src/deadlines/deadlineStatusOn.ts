import { differenceInDays } from "../differenceInDays.ts";
import { defaultHolidayCalendar } from "../holidays/defaultHolidayCalendar.ts";
import type { IsoDate } from "../IsoDate.ts";
import type { Deadline } from "./Deadline.ts";
import type { DeadlineOptions } from "./DeadlineOptions.ts";
import { deadlineEnd } from "./deadlineEnd.ts";
import type { DeadlineStatus } from "./deadlineStatus.ts";

/**
 * {@link deadlineStatus} of a submission already known by its civil date in Vietnam (a receipt stamp, or an instant
 * turned into a date once with {@link vietnamCivilDate}): on time when `submittedOn` is not after the deadline's
 * last day ({@link deadlineEnd}, whose `movedFrom`, `rule` and `provisional` it carries). Throws as
 * {@link deadlineEnd} does.
 *
 * @example
 * ```ts
 * deadlineStatusOn({ kind: "noLaterThan", date: "2020-10-30" }, parseIsoDate("2020-11-02"));
 * // { onTime: false, submittedOn: "2020-11-02", lastDay: "2020-10-30", daysLate: 3, workingDaysLate: 1 }
 * ```
 */
export const deadlineStatusOn = (
  deadline: Deadline,
  submittedOn: IsoDate,
  options?: DeadlineOptions,
): DeadlineStatus => {
  const end = deadlineEnd(deadline, options);
  const { lastDay } = end;
  const daysLate = Math.max(0, differenceInDays(submittedOn, lastDay));
  const workingDaysLate =
    daysLate > 0 ? defaultHolidayCalendar(options, "deadlineStatusOn").workingDaysBetween(lastDay, submittedOn) : 0;
  return { ...end, onTime: daysLate === 0, submittedOn, daysLate, workingDaysLate };
};
