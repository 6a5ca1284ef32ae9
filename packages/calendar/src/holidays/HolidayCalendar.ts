import type { IsoDate } from "../IsoDate.ts";
import type { HolidayDecision } from "./HolidayDecision.ts";
import type { HolidayRule } from "./HolidayRule.ts";
import type { MakeUpWorkingDay, PublicHoliday } from "./PublicHoliday.ts";

/**
 * A calendar of the civil service's days off and working days, built once by {@link createHolidayCalendar} from
 * rules and decisions and cached per year: after the first call for a year, {@link HolidayCalendar.isWorkingDay} is
 * an array lookup. The top-level functions ({@link isWorkingDay}, {@link addWorkingDays} …) do the same with the
 * SDK's own data, or with the calendar passed as `options.calendar`.
 *
 * @example
 * ```ts
 * const decision2027: HolidayDecision = {
 *   year: 2027,
 *   source: "Thông báo …/TB-BNV",
 *   tet: { from: "2027-02-04", to: "2027-02-10" },
 * };
 * const calendar = createHolidayCalendar({ decisions: [decision2027] });
 * calendar.isWorkingDay("2027-02-08"); // false
 * calendar.addWorkingDays("2027-02-01", 5); // "2027-02-15"
 * ```
 */
export type HolidayCalendar = {
  /** The days off of `year`, sorted; see {@link publicHolidays}. */
  readonly publicHolidays: (year: number) => readonly PublicHoliday[];
  /** The weekly rest days worked instead of a swapped day off, sorted; see {@link makeUpWorkingDays}. */
  readonly makeUpWorkingDays: (year: number) => readonly MakeUpWorkingDay[];
  /** See {@link isWorkingDay}. */
  readonly isWorkingDay: (date: string) => boolean;
  /** See {@link nextWorkingDay}. */
  readonly nextWorkingDay: (date: string) => IsoDate;
  /** See {@link workingDayOnOrAfter}. */
  readonly workingDayOnOrAfter: (date: string) => IsoDate;
  /** See {@link addWorkingDays}. */
  readonly addWorkingDays: (date: string, amount: number) => IsoDate;
  /** See {@link workingDaysBetween}. */
  readonly workingDaysBetween: (from: string, to: string) => number;
};

/**
 * Options of the working-day functions: the calendar to use, {@link createHolidayCalendar}'s result, instead of
 * the SDK's own.
 *
 * @example
 * ```ts
 * const options: HolidayCalendarOptions = { calendar: createHolidayCalendar({ enable: ["culture-day-24-11"] }) };
 * isWorkingDay("2026-11-24", options); // false: 24/11 switched on
 * ```
 */
export type HolidayCalendarOptions = {
  readonly calendar?: HolidayCalendar | undefined;
};

/**
 * Options of {@link createHolidayCalendar}.
 *
 * @example
 * ```ts
 * const options: CreateHolidayCalendarOptions = {
 *   decisions: [{ year: 2027, source: "Thông báo …/TB-BNV", tet: { from: "2027-02-04", to: "2027-02-10" } }],
 *   enable: ["culture-day-24-11"],
 * };
 * ```
 */
export type CreateHolidayCalendarOptions = {
  /**
   * Decisions to use before the SDK's own (a year's notice once it is published, a province's schedule); the last
   * decision given for a year replaces the SDK's decision for that year.
   */
  readonly decisions?: readonly HolidayDecision[] | undefined;
  /** The statutory rules, in place of the SDK's {@link holidayRules}. */
  readonly rules?: readonly HolidayRule[] | undefined;
  /** Whether rules marked `confirmed: false` (1/1 and Tết 2007, 24/11 once enabled) give days off; `true` unless set. */
  readonly includeUnconfirmed?: boolean | undefined;
  /**
   * The ids of `optIn` rules to apply: `["culture-day-24-11"]` makes 24/11 (Ngày Văn hóa Việt Nam) a day off from
   * 2026, flagged `unconfirmed` until an enacted text is recorded. Its former id, `"nq-28-2026-qh16.2"`, is
   * deprecated: it still switches the day on, but {@link holidayRules} and `holidayRuleSources` know the rule only
   * as `"culture-day-24-11"`.
   */
  readonly enable?: readonly string[] | undefined;
};
