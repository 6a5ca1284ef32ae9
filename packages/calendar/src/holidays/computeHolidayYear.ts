import { addDays } from "../addDays.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isWeekendDate } from "../isWeekendDate.ts";
import { padNumber } from "../padNumber.ts";
import { eachDate } from "../utcDate.ts";
import { compensationRules } from "./data/compensationRules.ts";
import type { HolidayDecision } from "./HolidayDecision.ts";
import type { HolidayRule } from "./HolidayRule.ts";
import type { MakeUpWorkingDay, PublicHoliday } from "./PublicHoliday.ts";
import { provisionalNationalDayAdjacent } from "./provisionalNationalDayAdjacent.ts";
import { provisionalTetBreak } from "./provisionalTetBreak.ts";

/** The two lunar dates a year's holidays need, as `src/lunar/` computes them. */
export type LunarHolidayDates = {
  readonly lunarNewYear: (year: number) => IsoDate;
  readonly hungKingsDay: (year: number) => IsoDate;
};

/** The days off and make-up working days of one year, as {@link computeHolidayYear} derives them. */
export type HolidayYear = {
  readonly holidays: readonly PublicHoliday[];
  readonly makeUpWorkingDays: readonly MakeUpWorkingDay[];
};

const inForce = (period: { readonly from: string; readonly to?: string | undefined }, date: string) =>
  period.from <= date && (period.to === undefined || date <= period.to);

const byDate = (a: { readonly date: string }, b: { readonly date: string }) => (a.date < b.date ? -1 : 1);

const provisionalNote = (year: number) => `provisional: no decision for ${year} is known, the SDK's default`;

/**
 * The three layers of one year's days off, merged: the statutory rules in force on each day, the year's decision
 * (or the provisional defaults when there is none) and the nghỉ bù derived from them, sorted by date, one entry per
 * date (the first layer to claim a date keeps it). A holiday with `compensated: true` that falls on a Saturday or
 * Sunday gives the next Monday-to-Friday day that is not already off, taken in date order, so that 30/4 and 1/5 on a
 * weekend give the Monday and the Tuesday.
 *
 * @example
 * ```ts
 * computeHolidayYear(2022, { rules: holidayRules, decision, includeUnconfirmed: true, lunar }).holidays
 *   .filter((day) => day.kind === "compensatory").map((day) => day.date);
 * // ["2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03"]
 * ```
 */
export const computeHolidayYear = (
  year: number,
  {
    rules,
    decision,
    adjacent = [],
    includeUnconfirmed,
    lunar,
  }: {
    readonly rules: readonly HolidayRule[];
    readonly decision: HolidayDecision | undefined;
    /** The decisions of the years before and after, whose swaps across 1 January may reach this year. */
    readonly adjacent?: readonly (HolidayDecision | undefined)[];
    readonly includeUnconfirmed: boolean;
    readonly lunar: LunarHolidayDates;
  },
): HolidayYear => {
  const days = new Map<string, PublicHoliday & { readonly compensated: boolean }>();
  const claim = (entry: PublicHoliday, compensated: boolean) => {
    if (!days.has(entry.date)) days.set(entry.date, { ...entry, compensated });
  };
  const fromDecision = (source: string) =>
    decision ? `${source}; ${decision.source}` : `${source}; ${provisionalNote(year)}`;

  // Swaps first: a swapped day inside a Tết break is listed with its swap, not as a day of the break.
  const makeUpWorkingDays: MakeUpWorkingDay[] = [];
  const ofYear = `${year}-`;
  for (const { source, swaps = [] } of [decision, ...adjacent].filter((given) => given !== undefined)) {
    for (const swap of swaps) {
      const off = swap.off as IsoDate;
      const entry = { date: off, kind: "decreed", name: swap.name, provisional: false, unconfirmed: false } as const;
      if (off.startsWith(ofYear)) claim({ ...entry, source: `${source}: ${swap.worked} worked instead` }, false);
      if (swap.worked.startsWith(ofYear)) {
        makeUpWorkingDays.push({ date: swap.worked as IsoDate, replaces: off, name: swap.name, source });
      }
    }
  }

  for (const rule of rules) {
    if (!rule.confirmed && !includeUnconfirmed) continue;
    const { on } = rule;
    let dates: IsoDate[];
    let kind: PublicHoliday["kind"] = "decreed";
    let source = rule.source;
    let provisional = false;
    if (on.kind === "fixed") {
      dates = [`${year}-${padNumber(on.month)}-${padNumber(on.day)}` as IsoDate];
      kind = "statutory";
    } else if (on.kind === "hungKings") {
      const given = decision?.hungKingsDay as IsoDate | undefined;
      dates = [given ?? lunar.hungKingsDay(year)];
      kind = "statutory";
      if (given) source += `; ${decision?.source}`;
    } else if (on.kind === "tet") {
      const range = decision?.tet ?? provisionalTetBreak(lunar.lunarNewYear(year), on.days);
      provisional = decision?.tet === undefined;
      dates = eachDate(range.from, range.to);
      source = fromDecision(
        provisional
          ? `${source}; the break: ${on.days} weekdays from ${Math.max(on.days - 3, 0)} day(s) before Tết, with the weekends around them`
          : source,
      );
    } else {
      const chosen = decision?.nationalDayAdjacent as IsoDate | undefined;
      provisional = chosen === undefined;
      dates = [chosen ?? provisionalNationalDayAdjacent(year)];
      source += `; ${chosen && decision ? decision.source : provisionalNote(year)}`;
    }
    // A rule counts in a year when the holiday's (first) date falls in its span.
    if (!inForce(rule, dates[0] as IsoDate)) continue;
    for (const date of dates) {
      claim({ date, kind, name: rule.name, source, provisional, unconfirmed: !rule.confirmed }, rule.compensated);
    }
  }

  const holidays = [...days.values()].sort(byDate);
  for (const holiday of holidays) {
    if (!holiday.compensated || !isWeekendDate(holiday.date)) continue;
    const rule = compensationRules.find((period) => inForce(period, holiday.date));
    if (!rule) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekendDate(date) || days.has(date)) date = addDays(date, 1);
    days.set(date, {
      date,
      kind: "compensatory",
      name: holiday.name,
      source: `${rule.source}: nghỉ bù for ${holiday.date}`,
      provisional: decision === undefined || holiday.provisional,
      unconfirmed: holiday.unconfirmed,
      compensated: false,
    });
  }

  return {
    holidays: [...days.values()].sort(byDate).map(({ compensated: _, ...entry }) => entry),
    makeUpWorkingDays: makeUpWorkingDays.sort(byDate),
  };
};
