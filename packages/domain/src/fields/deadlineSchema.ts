import { type Deadline as CalendarDeadline, CalendarError, deadlineLastDay } from "@xhht/calendar";
import * as z from "zod/mini";
import { isoDate } from "./isoDate.ts";

/**
 * A deadline as a letter writes it, one kind per wording (Bộ luật Dân sự 2015, Điều 144-148), the same shape as
 * `Deadline` of @xhht/calendar: «trước ngày X» (`before`), «chậm nhất ngày X» (`noLaterThan`), or
 * «trong thời hạn N ngày (làm việc) / tuần / tháng / năm kể từ ngày …» (`within`).
 *
 * @example
 * ```ts
 * deadlineSchema.parse({ kind: "before", date: "2020-10-30" });
 * deadlineSchema.parse({ kind: "within", amount: 5, unit: "workingDays", from: "2020-10-07" });
 * deadlineSchema.safeParse({ kind: "before", date: "0001-01-01" }).success; // false: deadline.out-of-range
 * ```
 */
export const deadlineSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("before"), date: isoDate }),
    z.strictObject({ kind: z.literal("noLaterThan"), date: isoDate }),
    z.strictObject({
      kind: z.literal("within"),
      amount: z.int().check(z.positive(), z.maximum(10_000)),
      unit: z.enum(["days", "workingDays", "weeks", "months", "years"]),
      from: isoDate,
    }),
  ])
  .check((context) => {
    // A last day before 0001-01-01 or after 9999-12-31 («trước ngày 0001-01-01») is refused here, so that no
    // validator later reaches a calendar call that throws on it.
    try {
      deadlineLastDay(context.value);
    } catch (error) {
      if (error instanceof CalendarError && error.code === "calendar.date-out-of-range") {
        context.issues.push({ code: "custom", message: "deadline.out-of-range", input: context.value });
      }
    }
  });

/**
 * A deadline, the one shape of @xhht/calendar's `Deadline`: its dates are plain `YYYY-MM-DD` strings, so a literal
 * needs no `parseIsoDate`. What {@link deadlineSchema} parses (dates typed as `IsoDate`) is one, and every function
 * that takes a `Deadline` checks it at run time: a bad date is an issue of a validator, never a silent answer.
 *
 * @example
 * ```ts
 * const deadline: Deadline = { kind: "before", date: "2020-10-20" };
 * const fromDirective: Deadline = directive2020.reporting.deadline;
 * fromDirective.kind; // "before"
 * ```
 */
export type Deadline = CalendarDeadline;
