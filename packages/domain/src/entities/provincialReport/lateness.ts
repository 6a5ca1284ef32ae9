import {
  deadlineLastDay,
  deadlineStatusOn,
  differenceInDays,
  holidayYearRange,
  type IsoDate,
  readInstant,
} from "@xhht/calendar";
import { DomainError } from "../../errors/DomainError.ts";
import { domainErrorCodes } from "../../errors/domainErrorCodes.ts";
import { type Deadline, deadlineSchema } from "../../fields/deadlineSchema.ts";

/**
 * When a report was sent and how late it was, judged in Vietnam's civil time.
 *
 * @example
 * ```ts
 * const late: Lateness | undefined = lateness(directive2020.reporting.deadline, "2020-11-02T09:00:00+07:00");
 * late; // { submittedOn: "2020-11-02", lastDay: "2020-10-29", daysLate: 4, workingDaysLate: 2 }
 * ```
 */
export interface Lateness {
  readonly submittedOn: string;
  readonly lastDay: string;
  readonly daysLate: number;
  /** Working days late; `undefined` for a year the holiday calendar does not cover. */
  readonly workingDaysLate: number | undefined;
  /** The last day the deadline names, when a day off moved it to `lastDay`. */
  readonly movedFrom?: string;
  /** The rule that moved it: Bộ luật Dân sự 2015, Điều 148 khoản 5. */
  readonly rule?: "civil-code-148.5";
  /** `true` when the last day rests on days off not fixed yet or on an unconfirmed rule. */
  readonly provisional?: true;
}

const covered = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= holidayYearRange.min && year <= holidayYearRange.max;
};

/** {@link lateness} of a submission already turned into its civil date in Vietnam. */
export const latenessOn = (deadline: Deadline, submittedOn: IsoDate): Lateness | undefined => {
  const anchor = deadline.kind === "within" ? deadline.from : deadline.date;
  if (covered(anchor) && covered(submittedOn)) {
    const { lastDay, daysLate, workingDaysLate, movedFrom, rule, provisional } = deadlineStatusOn(
      deadline,
      submittedOn,
    );
    return {
      submittedOn,
      lastDay,
      daysLate,
      workingDaysLate,
      ...(movedFrom && rule && { movedFrom, rule }),
      ...(provisional && { provisional }),
    };
  }
  if (deadline.kind === "within") return undefined;
  // Without the year's days off, a fixed date cannot roll past one (Bộ luật Dân sự 2015, Điều 148 khoản 5).
  const lastDay = deadlineLastDay(deadline, { rollOver: false });
  return {
    submittedOn,
    lastDay,
    daysLate: Math.max(0, differenceInDays(submittedOn, lastDay)),
    workingDaysLate: undefined,
  };
};

/**
 * The lateness of a submission at `submittedAt` (an ISO instant with offset) against `deadline`, whose last day
 * moves past a weekend or holiday to the next working day (Bộ luật Dân sự 2015, Điều 148 khoản 5: `movedFrom` and
 * `rule` say so), or `undefined`
 * when a period deadline (`within`) falls in a year the holiday calendar does not cover. The instant is read by the
 * calendar's one grammar (`readInstant`); an instant it cannot read, or a deadline that is not one, is a programming
 * error: a {@link DomainError} `domain.invalid-argument` with the reason (check data with `validateReport` first).
 *
 * @example
 * ```ts
 * const deadline: Deadline = { kind: "noLaterThan", date: "2020-10-29" };
 * lateness(deadline, "2020-10-30T09:00:00+07:00")?.daysLate; // 1
 * lateness({ kind: "before", date: "2022-10-31" }, "2022-10-31T09:00:00+07:00")?.daysLate; // 0: 30/10 a Sunday
 * lateness(deadline, "2020-10-30"); // throws domain.invalid-argument
 * ```
 */
export const lateness = (deadline: Deadline, submittedAt: string): Lateness | undefined => {
  const reading = readInstant(submittedAt);
  if (!reading.ok) throw new DomainError(domainErrorCodes.invalidArgument, `lateness: ${reading.message}`);
  if (!deadlineSchema.safeParse(deadline).success) {
    throw new DomainError(
      domainErrorCodes.invalidArgument,
      'lateness: `deadline` is not a valid deadline, e.g. { kind: "noLaterThan", date: "2020-10-29" }',
    );
  }
  return latenessOn(deadline, reading.civilDate);
};
