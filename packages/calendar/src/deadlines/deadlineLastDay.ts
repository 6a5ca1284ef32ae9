import type { IsoDate } from "../IsoDate.ts";
import type { Deadline } from "./Deadline.ts";
import type { DeadlineOptions } from "./DeadlineOptions.ts";
import { deadlineEnd } from "./deadlineEnd.ts";

/**
 * The last day of a deadline, {@link deadlineEnd}'s `lastDay`: «trước ngày X» ends the day before X, «chậm nhất
 * ngày X» on X, a period on its counted day; a last day on a weekend or holiday moves to the next working day (Bộ
 * luật Dân sự 2015, Điều 148 khoản 5), unless `options.rollOver` is `false` for a fixed date. Use
 * {@link deadlineEnd} to learn the day it moved from, the rule, and whether the answer is provisional. Throws as
 * {@link deadlineEnd} does.
 *
 * @example
 * ```ts
 * deadlineLastDay({ kind: "before", date: "2020-10-30" });                                  // "2020-10-29"
 * deadlineLastDay({ kind: "before", date: "2022-10-31" });                                  // "2022-10-31" (30/10 a Sunday)
 * deadlineLastDay({ kind: "before", date: "2022-10-31" }, { rollOver: false });             // "2022-10-30"
 * deadlineLastDay({ kind: "noLaterThan", date: "2020-10-30" });                             // "2020-10-30"
 * deadlineLastDay({ kind: "within", amount: 1, unit: "months", from: "2021-01-31" });       // "2021-03-01" (28/2 a Sunday)
 * deadlineLastDay({ kind: "within", amount: 5, unit: "workingDays", from: "2020-10-01" });  // "2020-10-08"
 * ```
 */
export const deadlineLastDay = (deadline: Deadline, options?: DeadlineOptions): IsoDate =>
  deadlineEnd(deadline, options).lastDay;
