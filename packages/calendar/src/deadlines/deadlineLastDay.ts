import { addDays } from "../addDays.ts";
import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import { defaultHolidayCalendar } from "../holidays/defaultHolidayCalendar.ts";
import type { HolidayCalendarOptions } from "../holidays/HolidayCalendar.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isIsoDate } from "../isIsoDate.ts";
import { readFields } from "../readFields.ts";
import { addCalendarMonths } from "./addCalendarMonths.ts";
import type { Deadline, DeadlineUnit } from "./Deadline.ts";

const units = ["days", "workingDays", "weeks", "months", "years"] as const;

const invalid = (deadline: unknown, problem: string) =>
  new CalendarError(
    calendarErrorCodes.invalidDeadline,
    `${describeValue(deadline)} is not a deadline: ${problem}; write e.g. { kind: "before", date: "2020-10-30" }, { kind: "noLaterThan", date: "2020-10-30" } or { kind: "within", amount: 5, unit: "workingDays", from: "2020-10-07" }`,
  );

const checkDate = (deadline: unknown, value: unknown, field: string): IsoDate => {
  if (!isIsoDate(value)) throw invalid(deadline, `${field} must be a real YYYY-MM-DD date`);
  return value;
};

/**
 * The last day of a deadline, a civil date in Vietnam whose end (24:00, Điều 148.6 of Bộ luật Dân sự 2015) is the
 * deadline's moment:
 *
 * - `before` «trước ngày X»: X − 1; `noLaterThan` «chậm nhất ngày X»: X. Neither rolls over a weekend or holiday:
 *   Điều 148.5 moves the end of a *thời hạn*, a period counted in days, weeks, months or years (Điều 144, 147-148),
 *   whereas these name a fixed date (a *thời điểm*) the issuer chose on the calendar, knowing its weekday; and
 *   submissions (online public services, e-mail) are possible on any day. Pass the result to
 *   {@link workingDayOnOrAfter} for the lenient reading.
 * - `within` N `days` / `weeks` / `months` / `years` from `from`: the day of the event is not counted (Điều 147);
 *   N days end on `from` + N, N weeks on the same weekday N weeks later, N months on the same day number N months
 *   later or that month's last day when it has none, N years on the same day and month (29/2 → 28/2) (Điều 148.1-4);
 *   a last day on a weekend or holiday moves to the next working day (Điều 148.5).
 * - `within` N `workingDays`: the N-th working day after `from` ({@link addWorkingDays}), a working day already.
 *
 * Working days are those of `options.calendar` or the SDK's own. Throws a {@link CalendarError}
 * `calendar.invalid-deadline` for an unknown kind or unit, an impossible date or an amount that is not a whole
 * number from 1, and `calendar.holiday-year-out-of-range` when a working day is needed outside 2007-2100.
 *
 * @example
 * ```ts
 * deadlineLastDay({ kind: "before", date: "2020-10-30" });                                  // "2020-10-29"
 * deadlineLastDay({ kind: "noLaterThan", date: "2020-10-30" });                             // "2020-10-30"
 * deadlineLastDay({ kind: "within", amount: 1, unit: "months", from: "2021-01-31" });       // "2021-03-01" (28/2 a Sunday)
 * deadlineLastDay({ kind: "within", amount: 5, unit: "workingDays", from: "2020-10-01" });  // "2020-10-08"
 * ```
 */
export const deadlineLastDay = (deadline: Deadline, options?: HolidayCalendarOptions): IsoDate => {
  if (typeof deadline !== "object" || deadline === null) throw invalid(deadline, "pass an object with a kind");
  const {
    kind,
    date,
    from: start,
    amount,
    unit,
  } = readFields(
    deadline,
    ["kind", "date", "from", "amount", "unit"],
    calendarErrorCodes.invalidDeadline,
    "a deadline",
  );
  switch (kind) {
    case "before":
      return addDays(checkDate(deadline, date, "date"), -1);
    case "noLaterThan":
      return checkDate(deadline, date, "date");
    case "within": {
      const from = checkDate(deadline, start, "from");
      if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 1) {
        throw invalid(deadline, "amount must be a whole number from 1");
      }
      if (!units.includes(unit as DeadlineUnit)) throw invalid(deadline, `unit must be one of ${units.join(", ")}`);
      const calendar = defaultHolidayCalendar(options);
      if (unit === "workingDays") return calendar.addWorkingDays(from, amount);
      const end =
        unit === "days"
          ? addDays(from, amount)
          : unit === "weeks"
            ? addDays(from, 7 * amount)
            : addCalendarMonths(from, unit === "months" ? amount : 12 * amount);
      return calendar.workingDayOnOrAfter(end);
    }
    default:
      throw invalid(deadline, `kind must be "before", "noLaterThan" or "within"`);
  }
};
