import { addDays } from "../addDays.ts";
import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import { defaultHolidayCalendar } from "../holidays/defaultHolidayCalendar.ts";
import type { HolidayCalendar } from "../holidays/HolidayCalendar.ts";
import type { PublicHoliday } from "../holidays/PublicHoliday.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isIsoDate } from "../isIsoDate.ts";
import { invalidOption, readFields, readOptions } from "../readFields.ts";
import { addCalendarMonths } from "./addCalendarMonths.ts";
import type { Deadline, DeadlineUnit } from "./Deadline.ts";
import type { DeadlineOptions } from "./DeadlineOptions.ts";

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
 * The end of a deadline as {@link deadlineEnd} returns it: its last day and, when a rule moved it, the day it was
 * moved from and the rule (`civil-code-148.5`: Bộ luật Dân sự 2015, Điều 148 khoản 5). `provisional: true` says
 * the answer rests on days off not yet fixed by a government decision or on a rule known only from secondary
 * sources; `provisionalDays` lists them, each with its `source`.
 *
 * @example
 * ```ts
 * const end: DeadlineEnd = deadlineEnd({ kind: "before", date: "2022-10-31" });
 * // { lastDay: "2022-10-31", movedFrom: "2022-10-30", rule: "civil-code-148.5" }
 * ```
 */
export type DeadlineEnd = {
  readonly lastDay: IsoDate;
  /** The last day as the deadline names it or the count gives it, when a day off moved it. */
  readonly movedFrom?: IsoDate;
  /** The rule that moved it. */
  readonly rule?: "civil-code-148.5";
  readonly provisional?: true;
  /**
   * The provisional or unconfirmed days off the end rests on: from the nominal last day to `lastDay`, or every day
   * a count in working days counts.
   */
  readonly provisionalDays?: readonly PublicHoliday[];
};

/**
 * The end of a deadline, a civil date in Vietnam whose end (24:00, Bộ luật Dân sự 2015, Điều 148 khoản 6) is the
 * deadline's moment, with the day it was moved from and the rule that moved it:
 *
 * - `before` «trước ngày X»: X − 1; `noLaterThan` «chậm nhất ngày X»: X;
 * - `within` N `days` / `weeks` / `months` / `years` from `from`: the day of the event is not counted (Điều 147);
 *   N days end on `from` + N, N weeks on the same weekday N weeks later, N months on the same day number N months
 *   later or that month's last day when it has none, N years on the same day and month (29/2 → 28/2) (Điều 148.1-4);
 * - `within` N `workingDays`: the N-th working day after `from` ({@link addWorkingDays}), a working day already.
 *
 * A last day on a weekend or holiday moves to the next working day: «Khi ngày cuối cùng của thời hạn là ngày
 * nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ
 * đó» (Điều 148 khoản 5), and the Code's way of counting time applies unless a law says otherwise (Điều 145 khoản 1),
 * for a fixed date as for a period: «trước ngày 31/10/2022» ends on Monday 31/10, Sunday 30/10 being a day off.
 * `options.rollOver: false` reads a fixed date literally (the reading of earlier versions); a period always rolls.
 * `provisional: true` marks an end that rests on provisional or unconfirmed days off: the days from the nominal last
 * day to the end, or every day of a count in working days.
 *
 * Working days are those of `options.calendar` or the SDK's own. Throws a {@link CalendarError}
 * `calendar.invalid-deadline` for an unknown kind or unit, an impossible date or an amount that is not a whole
 * number from 1, `calendar.invalid-options` for options it cannot read, and `calendar.holiday-year-out-of-range`
 * when a working day is needed outside 2007-2100.
 *
 * @example
 * ```ts
 * deadlineEnd({ kind: "before", date: "2020-10-30" });    // { lastDay: "2020-10-29" }
 * deadlineEnd({ kind: "before", date: "2022-10-31" });    // { lastDay: "2022-10-31", movedFrom: "2022-10-30", rule: "civil-code-148.5" }
 * deadlineEnd({ kind: "before", date: "2022-10-31" }, { rollOver: false }); // { lastDay: "2022-10-30" }
 * ```
 */
export const deadlineEnd = (deadline: Deadline, options?: DeadlineOptions): DeadlineEnd => {
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
  const { calendar: given, rollOver } = readOptions("deadlineEnd", options, ["calendar", "rollOver"]);
  if (rollOver !== undefined && typeof rollOver !== "boolean") {
    throw invalidOption("deadlineEnd", "rollOver", "true or false", rollOver);
  }
  const calendarOptions = { calendar: given as HolidayCalendar | undefined };
  let first: IsoDate;
  let nominal: IsoDate;
  if (kind === "before" || kind === "noLaterThan") {
    const day = checkDate(deadline, date, "date");
    nominal = first = kind === "before" ? addDays(day, -1) : day;
    if (rollOver === false) return { lastDay: nominal };
  } else if (kind === "within") {
    const from = checkDate(deadline, start, "from");
    if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 1) {
      throw invalid(deadline, "amount must be a whole number from 1");
    }
    if (!units.includes(unit as DeadlineUnit)) throw invalid(deadline, `unit must be one of ${units.join(", ")}`);
    nominal =
      unit === "workingDays"
        ? defaultHolidayCalendar(calendarOptions, "deadlineEnd").addWorkingDays(from, amount)
        : unit === "days"
          ? addDays(from, amount)
          : unit === "weeks"
            ? addDays(from, 7 * amount)
            : addCalendarMonths(from, unit === "months" ? amount : 12 * amount);
    // A count in working days rests on every day it counts; a count in days, weeks, months or years on its end only.
    first = unit === "workingDays" ? addDays(from, 1) : nominal;
  } else {
    throw invalid(deadline, `kind must be "before", "noLaterThan" or "within"`);
  }
  const calendar = defaultHolidayCalendar(calendarOptions, "deadlineEnd");
  const lastDay = calendar.workingDayOnOrAfter(nominal);
  const provisionalDays = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(lastDay.slice(0, 4)); year++) {
    for (const day of calendar.publicHolidays(year)) {
      if ((day.provisional || day.unconfirmed) && day.date >= first && day.date <= lastDay) provisionalDays.push(day);
    }
  }
  return {
    lastDay,
    ...(lastDay !== nominal && { movedFrom: nominal, rule: "civil-code-148.5" as const }),
    ...(provisionalDays.length > 0 && { provisional: true as const, provisionalDays }),
  };
};
