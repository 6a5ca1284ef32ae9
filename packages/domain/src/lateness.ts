import {
  deadlineLastDay,
  deadlineStatusOn,
  differenceInDays,
  holidayYearRange,
  type IsoDate,
  vietnamCivilDate,
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

/** {@link lateness} of a submission already turned into its civil date in Vietnam. */
export const latenessOn = (deadline: Deadline, submittedOn: IsoDate): Lateness | undefined => {
  const anchor = deadline.kind === "within" ? deadline.from : deadline.date;
  if (covered(anchor) && covered(submittedOn)) return deadlineStatusOn(deadline, submittedOn);
  if (deadline.kind === "within") return undefined;
  const lastDay = deadlineLastDay(deadline);
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
