import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { dayOfWeek } from "../dayOfWeek.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isIsoDate } from "../isIsoDate.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { computeHolidayYear, type HolidayYear, type LunarHolidayDates } from "./computeHolidayYear.ts";
import { holidayDecisions } from "./data/holidayDecisions.ts";
import { holidayRules } from "./data/holidayRules.ts";
import type { CreateHolidayCalendarOptions, HolidayCalendar } from "./HolidayCalendar.ts";
import type { HolidayDecision } from "./HolidayDecision.ts";
import { holidayYearRange } from "./holidayYearRange.ts";

type YearTable = HolidayYear & { readonly start: number; readonly end: number; readonly working: Uint8Array };

const pad = (value: number) => String(value).padStart(4, "0");

const invalidDecision = (decision: HolidayDecision, problem: string) =>
  new CalendarError(
    calendarErrorCodes.invalidHolidayDecision,
    `the holiday decision given for ${String(decision.year)} ${problem}: give dates of that year as YYYY-MM-DD, e.g. { year: 2027, source: "Thông báo …", tet: { from: "2027-02-04", to: "2027-02-10" }, nationalDayAdjacent: "2027-09-03", swaps: [{ off: "2027-04-30", worked: "2027-05-08", name: "holiday.victoryDay" }] }`,
  );

const checkDecision = (decision: HolidayDecision) => {
  const { year } = decision;
  if (!Number.isInteger(year) || year < holidayYearRange.min || year > holidayYearRange.max) {
    throw invalidDecision(decision, `is for a year outside ${holidayYearRange.min}-${holidayYearRange.max}`);
  }
  const ofYear = (value: unknown): value is IsoDate => isIsoDate(value) && value.startsWith(`${pad(year)}-`);
  if (typeof decision.source !== "string" || decision.source.trim() === "") {
    throw invalidDecision(decision, "has no source: name the notice it comes from");
  }
  const { tet } = decision;
  if (!ofYear(tet?.from) || !ofYear(tet.to) || tet.to < tet.from) {
    throw invalidDecision(
      decision,
      `has a Tết break ${JSON.stringify(tet)} that is not two ordered dates of that year`,
    );
  }
  const adjacent = decision.nationalDayAdjacent;
  if (adjacent !== undefined && adjacent !== `${pad(year)}-09-01` && adjacent !== `${pad(year)}-09-03`) {
    throw invalidDecision(
      decision,
      `puts the day next to 2 September on ${JSON.stringify(adjacent)}, not 1 or 3 September`,
    );
  }
  if (decision.hungKingsDay !== undefined && !ofYear(decision.hungKingsDay)) {
    throw invalidDecision(decision, `dates Giỗ Tổ ${JSON.stringify(decision.hungKingsDay)}, not a date of that year`);
  }
  for (const swap of decision.swaps ?? []) {
    if (!ofYear(swap.off) || !ofYear(swap.worked)) {
      throw invalidDecision(
        decision,
        `swaps ${JSON.stringify(swap.off)} for ${JSON.stringify(swap.worked)}, not dates of that year`,
      );
    }
    const off = dayOfWeek(swap.off);
    const worked = dayOfWeek(swap.worked);
    if (off === 0 || off === 6 || (worked !== 0 && worked !== 6)) {
      throw invalidDecision(
        decision,
        `swaps ${swap.off} for ${swap.worked}: the day off must be a weekday, the day worked a Saturday or Sunday`,
      );
    }
  }
};

const outOfRange = (year: number) =>
  new CalendarError(
    calendarErrorCodes.holidayYearOutOfRange,
    `${String(year)} is outside the years the holiday calendar covers: pass a date from ${holidayYearRange.min}-01-01 to ${holidayYearRange.max}-12-31`,
  );

const invalidAmount = (amount: number) =>
  new CalendarError(
    calendarErrorCodes.invalidDayCount,
    `${String(amount)} is not a number of working days: pass a whole number, e.g. addWorkingDays("2020-10-01", 5)`,
  );

/**
 * {@link createHolidayCalendar} with the lunar dates passed in: the calendar's whole logic, kept apart from the
 * lunar module so that it can be tested with the reference table's dates.
 *
 * @example
 * ```ts
 * const calendar = buildHolidayCalendar({ lunarNewYear, hungKingsDay }, { includeUnconfirmed: false });
 * calendar.isWorkingDay("2026-11-24"); // true
 * ```
 */
export const buildHolidayCalendar = (
  lunar: LunarHolidayDates,
  options: CreateHolidayCalendarOptions = {},
): HolidayCalendar => {
  const { rules = holidayRules, includeUnconfirmed = true } = options;
  if (typeof includeUnconfirmed !== "boolean") {
    throw new CalendarError(
      calendarErrorCodes.invalidHolidayDecision,
      `includeUnconfirmed is ${JSON.stringify(includeUnconfirmed)}: pass true or false`,
    );
  }
  const decisions = new Map<number, HolidayDecision>();
  for (const decision of holidayDecisions) decisions.set(decision.year, decision);
  for (const decision of options.decisions ?? []) {
    checkDecision(decision);
    decisions.set(decision.year, decision);
  }

  const tables = new Map<number, YearTable>();
  // Every date of every computed year, so that isWorkingDay on a known date is one lookup, no parsing.
  const byDate = new Map<string, boolean>();
  const table = (year: number): YearTable => {
    const cached = tables.get(year);
    if (cached) return cached;
    if (!Number.isInteger(year) || year < holidayYearRange.min || year > holidayYearRange.max) throw outOfRange(year);
    const computed = computeHolidayYear(year, { rules, decision: decisions.get(year), includeUnconfirmed, lunar });
    const start = toDayNumber(`${pad(year)}-01-01`);
    const end = toDayNumber(`${pad(year)}-12-31`);
    const working = new Uint8Array(end - start + 1);
    for (let day = start; day <= end; day += 1) {
      const weekday = (((day + 4) % 7) + 7) % 7;
      working[day - start] = weekday === 0 || weekday === 6 ? 0 : 1;
    }
    for (const holiday of computed.holidays) working[toDayNumber(holiday.date) - start] = 0;
    for (const day of computed.makeUpWorkingDays) working[toDayNumber(day.date) - start] = 1;
    for (let day = start; day <= end; day += 1) byDate.set(fromDayNumber(day), working[day - start] === 1);
    const entry = { ...computed, start, end, working };
    tables.set(year, entry);
    return entry;
  };

  let last: YearTable | undefined;
  const workingOn = (dayNumber: number): boolean => {
    if (!last || dayNumber < last.start || dayNumber > last.end) {
      last = table(Number(fromDayNumber(dayNumber).slice(0, 4)));
    }
    return last.working[dayNumber - last.start] === 1;
  };

  const step = (dayNumber: number, direction: 1 | -1): number => {
    let day = dayNumber + direction;
    while (!workingOn(day)) day += direction;
    return day;
  };

  const count = (from: number, to: number): number => {
    let total = 0;
    for (let day = from; day <= to; day += 1) if (workingOn(day)) total += 1;
    return total;
  };

  return {
    publicHolidays: (year) => table(year).holidays,
    makeUpWorkingDays: (year) => table(year).makeUpWorkingDays,
    isWorkingDay: (date) => {
      const known = byDate.get(date);
      if (known !== undefined) return known;
      const dayNumber = toDayNumber(date);
      const year = table(Number(date.slice(0, 4)));
      return year.working[dayNumber - year.start] === 1;
    },
    nextWorkingDay: (date) => fromDayNumber(step(toDayNumber(date), 1)),
    workingDayOnOrAfter: (date) => {
      const dayNumber = toDayNumber(date);
      return fromDayNumber(workingOn(dayNumber) ? dayNumber : step(dayNumber, 1));
    },
    addWorkingDays: (date, amount) => {
      let day = toDayNumber(date);
      if (!Number.isSafeInteger(amount)) throw invalidAmount(amount);
      const direction = amount < 0 ? -1 : 1;
      for (let left = Math.abs(amount); left > 0; left -= 1) day = step(day, direction);
      return fromDayNumber(day);
    },
    workingDaysBetween: (from, to) => {
      const a = toDayNumber(from);
      const b = toDayNumber(to);
      return b >= a ? count(a + 1, b) : -count(b, a - 1);
    },
  };
};
