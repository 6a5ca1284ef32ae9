import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addHours } from "date-fns/addHours";
import { formatISO } from "date-fns/formatISO";
import { addDays } from "../addDays.ts";
import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isIsoDate } from "../isIsoDate.ts";
import { invalidOption, readFields, readOptions } from "../readFields.ts";
import { readList } from "../readList.ts";
import type { WeekMilestone } from "../timeline/WeekMilestone.ts";
import { type WeekMilestoneLabel, weekMilestoneLabels } from "../timeline/weekMilestoneLabels.ts";
import { type WeekMilestonesOptions, weekMilestoneKinds, weekMilestones } from "../timeline/weekMilestones.ts";
import { toUtcDate } from "../utcDate.ts";
import { escapeICalendarText } from "./escapeICalendarText.ts";
import { foldICalendarLine } from "./foldICalendarLine.ts";

/**
 * Options of {@link weekToICalendar}, besides those of {@link weekMilestones} when it is given a year.
 *
 * @example
 * ```ts
 * const options: WeekToICalendarOptions = {
 *   translate: (label, params) => (label === "milestone.opening" ? `Khai mạc Tuần lễ ${params.year}` : label),
 *   generatedAt: new Date("2020-09-15T08:00:00+07:00"),
 *   uidDomain: "sogddt.hanoi.gov.vn",
 *   calendarName: "Tuần lễ hưởng ứng học tập suốt đời 2020",
 * };
 * ```
 */
export type WeekToICalendarOptions = WeekMilestonesOptions & {
  /**
   * The text of a label key with its parameters, e.g. the `t` of `@xhht/domain`'s translator; the key itself when
   * left out. Used for each event's SUMMARY.
   */
  readonly translate?: ((label: WeekMilestoneLabel, params: WeekMilestone["params"]) => string) | undefined;
  /**
   * The moment the file is produced, written as every event's DTSTAMP (in UTC). Left out, it is 00:00 in Hà Nội of
   * the first milestone's day, so that the same milestones always give the same bytes.
   */
  readonly generatedAt?: Date | undefined;
  /** The right-hand side of each event's UID, `"xhht"` unless set (e.g. a province portal's domain). */
  readonly uidDomain?: string | undefined;
  /** The calendar's PRODID, `"-//xhht//@xhht/calendar//EN"` unless set. */
  readonly productId?: string | undefined;
  /** The calendar's display name (X-WR-CALNAME); none unless set. */
  readonly calendarName?: string | undefined;
  /** `"span"` (the default): the seven days as one event, labelled `milestone.week`; `"each"`: one event a day. */
  readonly days?: "span" | "each" | undefined;
};

type Event = {
  readonly uid: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly label: WeekMilestoneLabel;
  readonly params: WeekMilestone["params"];
  readonly provisional: boolean;
  readonly source: string | undefined;
};

const invalidMilestone = (milestone: unknown, problem: string) =>
  new CalendarError(
    calendarErrorCodes.invalidMilestone,
    `${describeValue(milestone)} is not a milestone of the Week: ${problem}; pass the milestones of weekMilestones(year), or a year`,
  );

const milestoneKeys = ["kind", "date", "label", "params", "year", "day", "deadline", "provisional", "source"] as const;

/** The milestones, each read once into a plain object and checked; a list or an entry that cannot be read is refused. */
const checked = (milestones: readonly WeekMilestone[]): readonly WeekMilestone[] => {
  const list = readList(milestones);
  if (list === undefined || list.length === 0) {
    throw invalidMilestone(milestones, "an iCalendar file needs at least one event");
  }
  return list.map((item) => {
    if (typeof item !== "object" || item === null) throw invalidMilestone(item, "not an object");
    const milestone = readFields(
      item,
      milestoneKeys,
      calendarErrorCodes.invalidMilestone,
      "a milestone",
    ) as WeekMilestone;
    if (!weekMilestoneKinds.includes(milestone.kind))
      throw invalidMilestone(item, `kind must be one of ${weekMilestoneKinds.join(", ")}`);
    if (!isIsoDate(milestone.date)) throw invalidMilestone(item, "date must be a real YYYY-MM-DD date");
    if (!Number.isInteger(milestone.year)) throw invalidMilestone(item, "year must be a whole number");
    if (milestone.day !== undefined && !Number.isInteger(milestone.day)) {
      throw invalidMilestone(item, "day must be a whole number or absent");
    }
    if (milestone.source !== undefined && typeof milestone.source !== "string") {
      throw invalidMilestone(item, "source must be text or absent");
    }
    const params = readFields(
      milestone.params,
      ["date", "year", "day"],
      calendarErrorCodes.invalidMilestone,
      "params, the object its label is interpolated with",
    );
    return { ...milestone, params: params as WeekMilestone["params"] };
  });
};

const optionKeys = ["translate", "generatedAt", "uidDomain", "productId", "calendarName", "days"] as const;
const weekToICalendarName = "weekToICalendar";

/** A text option escaped for the file: one that is not a string is a `calendar.invalid-options` naming it. */
const textOption = (value: unknown, name: string) =>
  escapeICalendarText(value, `${weekToICalendarName}: options.${name}`, calendarErrorCodes.invalidOptions);

/** An iCalendar DATE (`20201001`) or UTC DATE-TIME (`20200914T170000Z`): date-fns' `formatISO`, basic format, in UTC. */
const stamp = (date: Date, representation: "date" | "complete") => formatISO(date, { format: "basic", representation });

const utcStamp = (moment: unknown): string => {
  let time = Number.NaN;
  let given: string | undefined;
  try {
    if (moment instanceof Date) {
      given = "an invalid Date";
      time = Date.prototype.getTime.call(moment);
    }
  } catch {}
  if (Number.isNaN(time)) {
    throw invalidOption(
      weekToICalendarName,
      "generatedAt",
      'a valid Date, e.g. new Date("2020-10-30T16:30:00+07:00")',
      moment,
      calendarErrorCodes.invalidInstant,
      given,
    );
  }
  return stamp(new UTCDateMini(time), "complete");
};

const events = (milestones: readonly WeekMilestone[], uidDomain: string, span: boolean): Event[] => {
  const list: Event[] = [];
  for (const milestone of milestones) {
    const { kind, date, year } = milestone;
    if (span && kind === "weekDay") {
      // The seven days as one event, where the year's first day milestone stands.
      const days = milestones.filter((day) => day.kind === "weekDay" && day.year === year);
      if (days[0] !== milestone) continue;
      const dates = days.map((day) => day.date).sort();
      list.push({
        uid: `week-${year}@${uidDomain}`,
        start: dates[0] as IsoDate,
        end: dates[dates.length - 1] as IsoDate,
        label: weekMilestoneLabels.week,
        params: { year, date: milestone.params.date },
        provisional: days.some((day) => day.provisional),
        source: milestone.source,
      });
      continue;
    }
    const uid = kind === "weekDay" ? `week-${year}-day-${milestone.day ?? date}` : `week-${year}-${kind}`;
    list.push({ ...milestone, uid: `${uid}@${uidDomain}`, start: date, end: date });
  }
  return list;
};

/**
 * The Week's timeline as an iCalendar file (RFC 5545), a string to save as UTF-8 with the `.ics` extension: one
 * all-day event (`DTSTART;VALUE=DATE`, so no time zone can shift it) per milestone of {@link weekMilestones}, with
 * the seven days as one event unless `days: "each"`. Each event's SUMMARY is its label's text (`options.translate`,
 * e.g. `@xhht/domain`'s translator), its DESCRIPTION the source, its STATUS `TENTATIVE` when provisional and
 * `CONFIRMED` otherwise; lines end in CRLF and are folded at 75 octets without splitting a character.
 *
 * The output is a pure function of the input: UIDs come from the year and the kind (`week-2020-opening@xhht`), so
 * a calendar that imports a corrected file updates its events instead of duplicating them, and DTSTAMP is
 * `options.generatedAt` or 00:00 in Hà Nội of the first milestone's day, never the clock. Same input, same bytes.
 * Throws as {@link weekMilestones} for a year, `calendar.invalid-milestone` for an empty or malformed list,
 * `calendar.invalid-text` for a text with control characters, `calendar.invalid-instant` for a `generatedAt` that is
 * not a valid `Date`, and `calendar.invalid-options` for another option of the wrong type (a `calendarName`,
 * `uidDomain` or `productId` that is not a string).
 *
 * @example
 * ```ts
 * const texts: Record<WeekMilestoneLabel, string> = {
 *   "milestone.letterIssued": "Bộ GDĐT ban hành công văn",
 *   "milestone.opening": "Khai mạc Tuần lễ {{year}}",
 *   "milestone.weekDay": "Ngày thứ {{day}} của Tuần lễ",
 *   "milestone.lastDay": "Bế mạc Tuần lễ",
 *   "milestone.reportDeadline": "Hạn gửi báo cáo",
 *   "milestone.week": "Tuần lễ hưởng ứng học tập suốt đời {{year}}",
 * };
 * const translate = (key: WeekMilestoneLabel, params: WeekMilestone["params"]) =>
 *   texts[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name as keyof typeof params] ?? ""));
 * const ics = weekToICalendar(2020, { translate, calendarName: "Tuần lễ 2020" });
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//xhht//@xhht/calendar//EN\r\n…"
 * // "BEGIN:VEVENT\r\nUID:week-2020-opening@xhht\r\nDTSTAMP:20200914T170000Z\r\nDTSTART;VALUE=DATE:20201001\r\n…"
 * writeFileSync("tuan-le-2020.ics", ics, "utf8");
 * weekToICalendar(weekMilestones(2020).filter((milestone) => milestone.kind !== "weekDay"));
 * ```
 */
export const weekToICalendar = (
  input: number | readonly WeekMilestone[],
  options: WeekToICalendarOptions = {},
): string => {
  const given = readOptions(weekToICalendarName, options, optionKeys) as WeekToICalendarOptions;
  const milestones = checked(typeof input === "number" ? weekMilestones(input, options) : input);
  if (given.translate !== undefined && typeof given.translate !== "function") {
    throw invalidOption(weekToICalendarName, "translate", "a function of a label and its params", given.translate);
  }
  if (given.days !== undefined && given.days !== "span" && given.days !== "each") {
    throw invalidOption(weekToICalendarName, "days", '"span" or "each"', given.days);
  }
  const translate = given.translate ?? ((label) => label);
  const uidDomain = textOption(given.uidDomain ?? "xhht", "uidDomain");
  const first = milestones.map((milestone) => milestone.date).sort()[0] as IsoDate;
  // 00:00 in Hà Nội (UTC+7) of the first day is 7 hours before 00:00 UTC: 17:00 UTC the day before.
  const dtstamp =
    given.generatedAt !== undefined ? utcStamp(given.generatedAt) : stamp(addHours(toUtcDate(first), -7), "complete");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${textOption(given.productId ?? "-//xhht//@xhht/calendar//EN", "productId")}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (given.calendarName !== undefined) lines.push(`X-WR-CALNAME:${textOption(given.calendarName, "calendarName")}`);
  for (const event of events(milestones, uidDomain, given.days !== "each")) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeICalendarText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${stamp(toUtcDate(event.start), "date")}`,
      `DTEND;VALUE=DATE:${stamp(toUtcDate(addDays(event.end, 1)), "date")}`,
      `SUMMARY:${escapeICalendarText(translate(event.label, event.params))}`,
    );
    if (event.source !== undefined) lines.push(`DESCRIPTION:${escapeICalendarText(event.source)}`);
    lines.push(`STATUS:${event.provisional ? "TENTATIVE" : "CONFIRMED"}`, "TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map((line) => `${foldICalendarLine(line)}\r\n`).join("");
};
