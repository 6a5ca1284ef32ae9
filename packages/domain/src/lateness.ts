import {
  deadlineLastDay,
  differenceInDays,
  holidayYearRange,
  type IsoDate,
  vietnamCivilDate,
  workingDaysBetween,
} from "@xhht/calendar";
import type { Deadline } from "./deadlineSchema.ts";

/** When a report was sent and how late it was, judged in Vietnam's civil time. */
export interface Lateness {
  readonly submittedOn: string;
  readonly lastDay: string;
  readonly daysLate: number;
  /** Working days late; `undefined` for a year the holiday calendar does not cover. */
  readonly workingDaysLate: number | undefined;
}

const covered = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= holidayYearRange.min && year <= holidayYearRange.max;
};

/**
 * {@link lateness} of a submission already turned into its civil date in Vietnam, `lastDayOf` giving the deadline's
 * last day (a batch works it out once instead of once a report).
 */
export const latenessOn = (
  deadline: Deadline,
  submittedOn: IsoDate,
  lastDayOf: (deadline: Deadline) => IsoDate = deadlineLastDay,
): Lateness | undefined => {
  const anchor = deadline.kind === "within" ? deadline.from : deadline.date;
  if (covered(anchor) && covered(submittedOn)) {
    // What `deadlineStatus` of @xhht/calendar returns, without reading the instant a second time.
    const lastDay = lastDayOf(deadline);
    const daysLate = Math.max(0, differenceInDays(submittedOn, lastDay));
    const workingDaysLate = daysLate > 0 ? workingDaysBetween(lastDay, submittedOn) : 0;
    return { onTime: daysLate === 0, submittedOn, lastDay, daysLate, workingDaysLate } as Lateness;
  }
  if (deadline.kind === "within") return undefined;
  const lastDay = lastDayOf(deadline);
  return {
    submittedOn,
    lastDay,
    daysLate: Math.max(0, differenceInDays(submittedOn, lastDay)),
    workingDaysLate: undefined,
  };
};

/**
 * The lateness of a submission at `submittedAt` (an ISO instant with offset) against `deadline`, or `undefined`
 * when a period deadline (`within`) falls in a year the holiday calendar does not cover.
 */
export const lateness = (deadline: Deadline, submittedAt: string): Lateness | undefined =>
  latenessOn(deadline, vietnamCivilDate(submittedAt));
