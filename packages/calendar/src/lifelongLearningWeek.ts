import { addDays } from "./addDays.ts";
import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { checkText } from "./checkText.ts";
import { lifelongLearningWeeks } from "./data/lifelongLearningWeeks.ts";
import { dayOfWeek } from "./dayOfWeek.ts";
import type { Deadline } from "./deadlines/Deadline.ts";
import { describeValue } from "./describeValue.ts";
import { differenceInDays } from "./differenceInDays.ts";
import type { IsoDate } from "./IsoDate.ts";
import { isIsoDate } from "./isIsoDate.ts";
import { isWholeIn } from "./isWholeIn.ts";
import type { LifelongLearningWeekEntry } from "./LifelongLearningWeekEntry.ts";
import { readFields, readOptions } from "./readFields.ts";
import { readList } from "./readList.ts";
import type { SourceDocument } from "./SourceDocument.ts";
import { eachDate } from "./utcDate.ts";

/**
 * One year's Lifelong Learning Week, as {@link lifelongLearningWeek} returns it.
 *
 * @example
 * ```ts
 * const week: LifelongLearningWeek = lifelongLearningWeek(2020);
 * week.days.length; // 7
 * week.provisional; // false: Công văn 3589/BGDĐT-GDTX
 * ```
 */
export type LifelongLearningWeek = {
  readonly year: number;
  /** The first of the seven days. */
  readonly start: IsoDate;
  /** The last of the seven days, `start` + 6. */
  readonly end: IsoDate;
  /** The day of the opening ceremony, one of the seven days. */
  readonly opening: IsoDate;
  /** The seven days, `start` to `end`. */
  readonly days: readonly IsoDate[];
  /** `true` when no letter is known for the year and the dates come from the default rule. */
  readonly provisional: boolean;
  /** Where the dates come from (a letter's number and date); `undefined` when provisional. */
  readonly source: string | undefined;
  /**
   * The documents given with the entry of `options.weeks` the Week comes from; `undefined` for the SDK's own Weeks
   * (their documents are in `lifelongLearningWeekSources` of `@xhht/calendar/sources`, kept out of this entry so that
   * it stays small) and for a provisional Week.
   */
  readonly sources: readonly SourceDocument[] | undefined;
  /** The date of the Ministry's letter announcing the Week; `undefined` when unknown or unconfirmed. */
  readonly letterDate: IsoDate | undefined;
  /** The deadline of the provinces' reports as the letter words it; `undefined` when unknown. */
  readonly reportDeadline: Deadline | undefined;
  /** Where `reportDeadline` comes from; `undefined` when there is none. */
  readonly reportDeadlineSource: string | undefined;
};

/**
 * Options of {@link lifelongLearningWeek}.
 *
 * @example
 * ```ts
 * const options: LifelongLearningWeekOptions = {
 *   weeks: [{ year: 2026, start: "2026-10-01", source: "Công văn …/BGDĐT-GDNNGDTX" }],
 * };
 * lifelongLearningWeek(2026, options).provisional; // false
 * ```
 */
export type LifelongLearningWeekOptions = {
  /** Weeks to use before the SDK's own data, e.g. a year's letter once it is published; the last entry of a year wins. */
  readonly weeks?: readonly LifelongLearningWeekEntry[] | undefined;
};

const firstYear = 2011;
const lastYear = 9999;
const length = 7;

const invalidWeek = (entry: LifelongLearningWeekEntry, problem: string) =>
  new CalendarError(
    calendarErrorCodes.invalidWeek,
    `the week given for ${entry.year} ${problem}: give start and opening as YYYY-MM-DD dates of that year, the opening within the seven days from start, e.g. { year: ${entry.year}, start: "${entry.year}-10-01", opening: "${entry.year}-10-01" }`,
  );

const entryKeys = [
  "year",
  "start",
  "opening",
  "source",
  "sources",
  "letterDate",
  "reportDeadline",
  "reportDeadlineSource",
] as const;

/** The entry of `year` among `weeks` (the last one wins), read once into a plain object. */
const suppliedWeek = (weeks: unknown, year: number): LifelongLearningWeekEntry | undefined => {
  const what = "lifelongLearningWeek: options.weeks";
  if (weeks === undefined) return undefined;
  const list = readList(weeks);
  if (list === undefined) {
    throw new CalendarError(calendarErrorCodes.invalidWeek, `${what} must be a list, not ${describeValue(weeks)}`);
  }
  const entries = list.map((entry, index) =>
    readFields(entry, entryKeys, calendarErrorCodes.invalidWeek, `${what}[${index}]`),
  );
  return entries.findLast((entry) => entry.year === year) as LifelongLearningWeekEntry | undefined;
};

type Letter = Pick<
  LifelongLearningWeek,
  "source" | "sources" | "letterDate" | "reportDeadline" | "reportDeadlineSource"
>;

const noLetter: Letter = {
  source: undefined,
  sources: undefined,
  letterDate: undefined,
  reportDeadline: undefined,
  reportDeadlineSource: undefined,
};

const week = (
  year: number,
  start: IsoDate,
  opening: IsoDate,
  provisional: boolean,
  letter: Letter,
): LifelongLearningWeek => {
  const days = eachDate(start, addDays(start, length - 1));
  return { year, start, end: days[length - 1] as IsoDate, opening, days, provisional, ...letter };
};

const known = (entry: LifelongLearningWeekEntry): LifelongLearningWeek => {
  const { start } = entry;
  const opening = entry.opening ?? start;
  if (!isIsoDate(start) || !start.startsWith(`${entry.year}-`)) {
    throw invalidWeek(entry, `starts on ${describeValue(start)}, not a date of that year`);
  }
  if (!isIsoDate(opening)) throw invalidWeek(entry, `opens on ${describeValue(opening)}, not a date`);
  const openingDay = differenceInDays(opening, start);
  if (openingDay < 0 || openingDay >= length) {
    throw invalidWeek(entry, `opens on ${opening}, outside the seven days from ${start}`);
  }
  const { letterDate, reportDeadline } = entry;
  if (letterDate !== undefined && !isIsoDate(letterDate)) {
    throw invalidWeek(entry, `gives the letter's date as ${describeValue(letterDate)}, not a date`);
  }
  for (const text of [entry.source, entry.reportDeadlineSource]) {
    if (text !== undefined)
      checkText(text, `the source of the week given for ${entry.year}`, calendarErrorCodes.invalidWeek);
  }
  const { sources } = entry;
  if (sources !== undefined && !Array.isArray(sources)) throw invalidWeek(entry, "gives sources that are not a list");
  for (const document of sources ?? []) {
    if (typeof document?.document !== "string" || typeof document.issuer !== "string") {
      throw invalidWeek(entry, `gives a source ${describeValue(document)} without a document and an issuer`);
    }
    checkText(document.document, "a source's document", calendarErrorCodes.invalidWeek);
    checkText(document.issuer, "a source's issuer", calendarErrorCodes.invalidWeek);
  }
  if (reportDeadline !== undefined && (typeof reportDeadline !== "object" || reportDeadline === null)) {
    throw invalidWeek(entry, `gives the report deadline as ${describeValue(reportDeadline)}, not a deadline`);
  }
  return week(entry.year, start, opening, false, {
    source: entry.source,
    sources,
    letterDate,
    reportDeadline,
    reportDeadlineSource: reportDeadline ? (entry.reportDeadlineSource ?? entry.source) : undefined,
  });
};

/**
 * The dates of the Lifelong Learning Week (Tuần lễ hưởng ứng học tập suốt đời) of `year`: seven consecutive days
 * and the day of the opening.
 *
 * The dates come from, in order: `options.weeks` (for a letter the SDK does not know yet), the SDK's table of
 * known Weeks, and otherwise the default rule, 01-07 October opening on 1 October, one day later (02-08 October)
 * when 1 October is a Sunday; a Week from the default rule has `provisional: true` and no `source`.
 * `sources` is the documents of an entry of `options.weeks`; the SDK's own are in `lifelongLearningWeekSources` of
 * `@xhht/calendar/sources`. `letterDate` and `reportDeadline` come with the entry when it knows them (2019, 2020 and 2024 have a letter date;
 * 2018 and 2020 a report deadline); {@link weekMilestones} turns them into the Week's timeline.
 * Throws a {@link CalendarError} `calendar.invalid-year` for a year that is not an integer from 2011 (the first
 * Week) to 9999, and `calendar.invalid-week` when the entry supplied for `year` has impossible dates.
 *
 * @example
 * ```ts
 * const week = lifelongLearningWeek(2020);
 * week.start;       // "2020-10-01"
 * week.end;         // "2020-10-07"
 * week.source;      // "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo"
 * week.sources;     // undefined: the SDK's own documents are in lifelongLearningWeekSources[2020], in the sources entry
 * week.letterDate;  // "2020-09-15"
 * week.reportDeadline; // { kind: "before", date: "2020-10-30" }
 *
 * lifelongLearningWeek(2028);             // 02-08/10/2028 (1 October 2028 is a Sunday), provisional: true
 * lifelongLearningWeek(2026, {
 *   weeks: [{ year: 2026, start: "2026-10-01", source: "Công văn …/BGDĐT-GDNNGDTX" }],
 * }).provisional;                          // false
 * ```
 */
export const lifelongLearningWeek = (year: number, options: LifelongLearningWeekOptions = {}): LifelongLearningWeek => {
  if (!isWholeIn(year, firstYear, lastYear)) {
    throw new CalendarError(
      calendarErrorCodes.invalidYear,
      `${describeValue(year)} is not a year of the Lifelong Learning Week: pass a whole year from ${firstYear} (the first Week) to ${lastYear}, e.g. 2020`,
    );
  }
  const { weeks } = readOptions("lifelongLearningWeek", options, ["weeks"], calendarErrorCodes.invalidWeek);
  const entry = suppliedWeek(weeks, year) ?? lifelongLearningWeeks.find((builtIn) => builtIn.year === year);
  if (entry) return known(entry);
  const firstOfOctober = `${year}-10-01` as IsoDate;
  const start = dayOfWeek(firstOfOctober) === 0 ? addDays(firstOfOctober, 1) : firstOfOctober;
  return week(year, start, start, true, noLetter);
};
