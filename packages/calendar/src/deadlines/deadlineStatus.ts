import type { IsoDate } from "../IsoDate.ts";
import type { Deadline } from "./Deadline.ts";
import type { DeadlineOptions } from "./DeadlineOptions.ts";
import type { DeadlineEnd } from "./deadlineEnd.ts";
import { deadlineStatusOn } from "./deadlineStatusOn.ts";
import { vietnamCivilDate } from "./vietnamCivilDate.ts";

/**
 * Whether a submission met its deadline, as {@link deadlineStatus} returns it.
 *
 * @example
 * ```ts
 * const late: DeadlineStatus = deadlineStatus({ kind: "before", date: "2020-10-30" }, "2020-10-29T23:30:00Z");
 * // { onTime: false, submittedOn: "2020-10-30", lastDay: "2020-10-29", daysLate: 1, workingDaysLate: 1 }
 * ```
 */
export type DeadlineStatus = DeadlineEnd & {
  /** `true` when submitted on or before the last day, Vietnamese time (the day ends at 24:00 UTC+7). */
  readonly onTime: boolean;
  /** The civil date of the submission in Vietnam. */
  readonly submittedOn: IsoDate;
  /** Calendar days after the last day; 0 when on time. */
  readonly daysLate: number;
  /** Working days after the last day up to and including the day of submission; 0 when on time. */
  readonly workingDaysLate: number;
};

/**
 * Whether a submission at `submittedAt` met `deadline`. The instant becomes a civil date in Vietnam (UTC+7, no
 * daylight saving; {@link vietnamCivilDate}), and it is on time when that date is not after the deadline's last
 * day ({@link deadlineLastDay}), whose end at 24:00 is the deadline (Bộ luật Dân sự 2015, Điều 148.6): 23:59 in Hà
 * Nội on the last day is on time, 00:00 the next day is late, whatever the host's time zone.
 * `submittedAt` is a `Date` or an ISO 8601 string with an offset; a string without one is ambiguous and throws a
 * {@link CalendarError} `calendar.ambiguous-instant` asking for «+07:00» or «Z». Also throws as
 * {@link deadlineLastDay} does.
 *
 * @example
 * ```ts
 * const deadline = { kind: "noLaterThan", date: "2020-10-30" } as const;
 * deadlineStatus(deadline, "2020-10-30T16:59:00Z").onTime; // true: 23:59 in Hà Nội
 * deadlineStatus(deadline, "2020-10-30T17:00:00Z");
 * // { onTime: false, submittedOn: "2020-10-31", lastDay: "2020-10-30", daysLate: 1, workingDaysLate: 0 }
 * deadlineStatus(deadline, "2020-10-30T17:00:00"); // throws calendar.ambiguous-instant
 * ```
 */
export const deadlineStatus = (
  deadline: Deadline,
  submittedAt: Date | string,
  options?: DeadlineOptions,
): DeadlineStatus => deadlineStatusOn(deadline, vietnamCivilDate(submittedAt), options);
