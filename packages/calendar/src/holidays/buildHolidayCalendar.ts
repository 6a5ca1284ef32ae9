import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { checkText } from "../checkText.ts";
import { daysInMonth } from "../daysInMonth.ts";
import { describeValue } from "../describeValue.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isIsoDate } from "../isIsoDate.ts";
import { isWeekendDate } from "../isWeekendDate.ts";
import { isWholeIn } from "../isWholeIn.ts";
import { invalidOption, readOptions } from "../readFields.ts";
import { readList } from "../readList.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { computeHolidayYear, type HolidayYear, type LunarHolidayDates } from "./computeHolidayYear.ts";
import { holidayDecisions } from "./data/holidayDecisions.ts";
import { holidayRules, renamedHolidayRuleIds } from "./data/holidayRules.ts";
import type { CreateHolidayCalendarOptions, HolidayCalendar } from "./HolidayCalendar.ts";
import type { HolidayDecision } from "./HolidayDecision.ts";
import type { HolidayRule } from "./HolidayRule.ts";
import { holidayYearRange } from "./holidayYearRange.ts";

type YearTable = HolidayYear & { readonly start: number; readonly end: number; readonly working: Uint8Array };

const yearOf = (decision: HolidayDecision): string => {
  try {
    return describeValue(decision?.year);
  } catch {
    return "an unreadable year";
  }
};

const invalidDecision = (decision: HolidayDecision, problem: string, cause?: unknown) =>
  new CalendarError(
    calendarErrorCodes.invalidHolidayDecision,
    `the holiday decision given for ${yearOf(decision)} ${problem}: give dates of that year as YYYY-MM-DD, e.g. { year: 2027, source: "Thông báo …", tet: { from: "2027-02-04", to: "2027-02-10" }, nationalDayAdjacent: "2027-09-03", swaps: [{ off: "2027-04-30", worked: "2027-05-08", name: "holiday.victoryDay" }] }`,
    { cause },
  );

const checkDecision = (decision: HolidayDecision) => {
  const { year } = decision;
  if (!isWholeIn(year, holidayYearRange.min, holidayYearRange.max)) {
    throw invalidDecision(decision, `is for a year outside ${holidayYearRange.min}-${holidayYearRange.max}`);
  }
  const ofYear = (value: unknown): value is IsoDate => isIsoDate(value) && value.startsWith(`${year}-`);
  if (typeof decision.source !== "string" || decision.source.trim() === "") {
    throw invalidDecision(decision, "has no source: name the notice it comes from");
  }
  checkText(decision.source, "the decision's source", calendarErrorCodes.invalidHolidayDecision);
  const { sources, tet } = decision;
  if (sources !== undefined && !Array.isArray(sources))
    throw invalidDecision(decision, "has sources that are not a list");
  for (const document of sources ?? []) {
    if (typeof document?.document !== "string" || typeof document.issuer !== "string") {
      throw invalidDecision(decision, `has a source ${describeValue(document)} without a document and an issuer`);
    }
    checkText(document.document, "a source's document", calendarErrorCodes.invalidHolidayDecision);
    checkText(document.issuer, "a source's issuer", calendarErrorCodes.invalidHolidayDecision);
  }
  if (tet !== undefined && (!ofYear(tet?.from) || !ofYear(tet.to) || tet.to < tet.from)) {
    throw invalidDecision(decision, `has a Tết break ${describeValue(tet)} that is not two ordered dates of that year`);
  }
  const adjacent = decision.nationalDayAdjacent;
  if (adjacent !== undefined && adjacent !== `${year}-09-01` && adjacent !== `${year}-09-03`) {
    throw invalidDecision(
      decision,
      `puts the day next to 2 September on ${describeValue(adjacent)}, not 1 or 3 September`,
    );
  }
  if (decision.hungKingsDay !== undefined && !ofYear(decision.hungKingsDay)) {
    throw invalidDecision(decision, `dates Giỗ Tổ ${describeValue(decision.hungKingsDay)}, not a date of that year`);
  }
  if (decision.swaps !== undefined && !Array.isArray(decision.swaps)) {
    throw invalidDecision(decision, "has swaps that are not a list");
  }
  // A swap around 1 January may reach the December before or the January after (31/12/2018 off, 05/01/2019 worked).
  const near = (value: unknown): value is IsoDate =>
    ofYear(value) || (isIsoDate(value) && value >= `${year - 1}-12-01` && value <= `${year + 1}-01-31`);
  for (const swap of decision.swaps ?? []) {
    if (typeof swap.name !== "string") throw invalidDecision(decision, "has a swap without the holiday's name");
    if (!near(swap.off) || !near(swap.worked) || !(ofYear(swap.off) || ofYear(swap.worked))) {
      throw invalidDecision(
        decision,
        `swaps ${describeValue(swap.off)} for ${describeValue(swap.worked)}, not dates of that year (or, across 1 January, of the month next to it)`,
      );
    }
    if (isWeekendDate(swap.off) || !isWeekendDate(swap.worked)) {
      throw invalidDecision(
        decision,
        `swaps ${swap.off} for ${swap.worked}: the day off must be a weekday, the day worked a Saturday or Sunday`,
      );
    }
  }
};

const ruleKinds = ["fixed", "hungKings", "tet", "nationalDayAdjacent"];

/** Refuses a rule `computeHolidayYear` could not apply: its date, its dates in force, its flags, its texts. */
/** Throws for a rule that cannot be read; `true` when it applies (`optIn` rules only when `enabled` names them). */
const checkRule = (rule: HolidayRule, enabled: readonly string[]): boolean => {
  let problem: string | undefined;
  let applies = false;
  try {
    const { on } = rule;
    if (!ruleKinds.includes(on?.kind)) problem = `on.kind must be one of ${ruleKinds.join(", ")}`;
    else if (
      on.kind === "fixed" &&
      !(isWholeIn(on.month, 1, 12) && isWholeIn(on.day, 1, daysInMonth(2000, on.month)))
    ) {
      problem = "a fixed date needs a whole month 1-12 and a day of that month";
    } else if (on.kind === "tet" && !isWholeIn(on.days, 1, 30)) {
      problem = "a Tết rule needs a whole number of days from 1 to 30";
    } else if (!isIsoDate(rule.from) || (rule.to !== undefined && !isIsoDate(rule.to))) {
      problem = "from and to must be YYYY-MM-DD dates";
    } else if (typeof rule.compensated !== "boolean" || typeof rule.confirmed !== "boolean") {
      problem = "compensated and confirmed must be true or false";
    } else {
      checkText(rule.name, "the rule's name", calendarErrorCodes.invalidOptions);
      checkText(rule.source, "the rule's source", calendarErrorCodes.invalidOptions);
      applies = rule.optIn !== true || enabled.includes(rule.id);
    }
  } catch (cause) {
    if (cause instanceof CalendarError) throw cause;
    problem = "cannot be read";
  }
  if (problem !== undefined) {
    throw new CalendarError(
      calendarErrorCodes.invalidOptions,
      `the holiday rule ${describeValue(rule)} is not a rule: ${problem}; pass rules shaped like holidayRules`,
    );
  }
  return applies;
};

const outOfRange = (year: number) =>
  new CalendarError(
    calendarErrorCodes.holidayYearOutOfRange,
    `${describeValue(year)} is outside the years the holiday calendar covers: pass a date from ${holidayYearRange.min}-01-01 to ${holidayYearRange.max}-12-31`,
  );

const invalidAmount = (amount: number) =>
  new CalendarError(
    calendarErrorCodes.invalidDayCount,
    `${describeValue(amount)} is not a number of working days: pass a whole number, e.g. addWorkingDays("2020-10-01", 5)`,
  );

/**
 * {@link createHolidayCalendar} with the lunar dates passed in: the calendar's whole logic, kept apart from the
 * lunar module so that it can be tested with the published lunar calendar's dates.
 *
 * @example
 * ```ts
 * const calendar = buildHolidayCalendar({ lunarNewYear, hungKingsDay }, { enable: ["culture-day-24-11"] });
 * calendar.isWorkingDay("2027-02-06"); // false: Tết
 * ```
 */
export const buildHolidayCalendar = (
  lunar: LunarHolidayDates,
  options: CreateHolidayCalendarOptions = {},
): HolidayCalendar => {
  const {
    rules = holidayRules,
    includeUnconfirmed = true,
    decisions: given = [],
    enable = [],
  } = readOptions("createHolidayCalendar", options, [
    "rules",
    "includeUnconfirmed",
    "decisions",
    "enable",
  ]) as CreateHolidayCalendarOptions;
  if (typeof includeUnconfirmed !== "boolean") {
    throw invalidOption("createHolidayCalendar", "includeUnconfirmed", "true or false", includeUnconfirmed);
  }
  const decisions = new Map<number, HolidayDecision>();
  for (const decision of holidayDecisions) decisions.set(decision.year, decision);
  const decisionList = readList(given);
  const allRules = readList(rules) as HolidayRule[] | undefined;
  const enabled = readList(enable);
  if (decisionList === undefined || allRules === undefined || enabled?.some((id) => typeof id !== "string") !== false) {
    throw new CalendarError(
      calendarErrorCodes.invalidOptions,
      'decisions, rules and enable must be lists: pass e.g. { decisions: [...holidayDecisions, decision2027], rules: holidayRules, enable: ["culture-day-24-11"] }',
    );
  }
  for (const decision of decisionList as HolidayDecision[]) {
    try {
      checkDecision(decision);
    } catch (cause) {
      throw cause instanceof CalendarError ? cause : invalidDecision(decision, "cannot be read", cause);
    }
    decisions.set(decision.year, decision);
  }
  // A deprecated id (renamedHolidayRuleIds) enables the renamed rule, and still a rule of the user's own that has it.
  const ids = (enabled as string[]).flatMap((id) => [id, renamedHolidayRuleIds[id] ?? id]);
  const ruleList = allRules.filter((rule) => checkRule(rule, ids));

  const tables = new Map<number, YearTable>();
  // Every date of every computed year, so that isWorkingDay on a known date is one lookup, no parsing.
  const byDate = new Map<string, boolean>();
  const table = (year: number): YearTable => {
    const cached = tables.get(year);
    if (cached) return cached;
    if (!isWholeIn(year, holidayYearRange.min, holidayYearRange.max)) throw outOfRange(year);
    const computed = computeHolidayYear(year, {
      rules: ruleList,
      decision: decisions.get(year),
      adjacent: [decisions.get(year - 1), decisions.get(year + 1)],
      includeUnconfirmed,
      lunar,
    });
    const start = toDayNumber(`${year}-01-01`);
    const end = toDayNumber(`${year}-12-31`);
    const working = new Uint8Array(end - start + 1);
    for (let day = start; day <= end; day += 1) {
      // Hand-written: each day of the year's table, where date-fns' getDay is ≈40× slower (test/bench/calendarVsDateFns.ts).
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

  // Hand-written loops on day numbers: date-fns' addDays and a lookup at each step is ≈80-130× slower (test/bench/calendarVsDateFns.ts).
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
    isWorkingDay: (date) => byDate.get(date) ?? workingOn(toDayNumber(date)),
    nextWorkingDay: (date) => fromDayNumber(step(toDayNumber(date), 1)),
    // The first working day from the date on: one step from the day before.
    workingDayOnOrAfter: (date) => fromDayNumber(step(toDayNumber(date) - 1, 1)),
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
