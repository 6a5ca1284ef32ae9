import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { checkText } from "../checkText.ts";
import type { Deadline } from "../deadlines/Deadline.ts";
import { deadlineLastDay } from "../deadlines/deadlineLastDay.ts";
import { formatShortDate } from "../formatShortDate.ts";
import type { HolidayCalendarOptions } from "../holidays/HolidayCalendar.ts";
import type { IsoDate } from "../IsoDate.ts";
import { type LifelongLearningWeekOptions, lifelongLearningWeek } from "../lifelongLearningWeek.ts";
import { readOptions } from "../readFields.ts";
import type { WeekMilestone, WeekMilestoneKind } from "./WeekMilestone.ts";
import { weekMilestoneLabels } from "./weekMilestoneLabels.ts";

/**
 * Options of {@link weekMilestones}: the Week's entries, the holiday calendar, and the report deadline to use.
 *
 * @example
 * ```ts
 * const options: WeekMilestonesOptions = {
 *   reportDeadline: { kind: "within", amount: 10, unit: "workingDays", from: "2026-10-07" },
 *   reportDeadlineSource: "Kế hoạch 12/KH-UBND",
 *   calendar: createHolidayCalendar({ enable: ["culture-day-24-11"] }),
 * };
 * ```
 */
export type WeekMilestonesOptions = LifelongLearningWeekOptions &
  HolidayCalendarOptions & {
    /** The deadline of the provinces' reports, in place of the one the Week's data knows (2018, 2020). */
    readonly reportDeadline?: Deadline | undefined;
    /** Where `reportDeadline` comes from, e.g. a province's own plan. */
    readonly reportDeadlineSource?: string | undefined;
  };

/** The kinds of milestone in the order a day's milestones are listed. */
export const weekMilestoneKinds: readonly WeekMilestoneKind[] = [
  "letterIssued",
  "opening",
  "weekDay",
  "lastDay",
  "reportDeadline",
];

/**
 * The timeline of the Lifelong Learning Week of `year`, in order of date: the Ministry's letter (when its date is
 * known), the opening ceremony, each of the seven days, the last day, and the report deadline (when one is known or
 * given). Each milestone has a stable `kind`, a civil `date`, a message-key `label` with its `params` (the texts are
 * in `@xhht/domain`'s locales), and says whether it is `provisional` and where it comes from. On the same day the
 * opening comes before the day itself and the last day after it.
 *
 * The Week comes from {@link lifelongLearningWeek} (so `options.weeks` supplies a letter the SDK does not know); a
 * year without a known letter gives provisional days and no letter. The report deadline is `options.reportDeadline`,
 * else the Week's own (2018: «trước ngày 20/10»; 2020: «trước ngày 30/10/2020»); its milestone is dated on the
 * deadline's last day ({@link deadlineLastDay}, with `options.calendar`) and carries the deadline as worded.
 * Throws as {@link lifelongLearningWeek} and {@link deadlineLastDay} do.
 *
 * @example
 * ```ts
 * const timeline = weekMilestones(2020);
 * timeline.map((milestone) => milestone.kind);
 * // ["letterIssued", "opening", "weekDay", "weekDay", "weekDay", "weekDay", "weekDay", "weekDay", "weekDay",
 * //  "lastDay", "reportDeadline"]
 * timeline[0]?.date;  // "2020-09-15"
 * timeline.at(-1)?.date; // "2020-10-29": «trước ngày 30/10/2020»
 * weekMilestones(2026).every((milestone) => milestone.provisional); // true: no letter known yet
 * weekMilestones(2026, { reportDeadline: { kind: "noLaterThan", date: "2026-10-30" } }).at(-1)?.date; // "2026-10-30"
 * ```
 */
export const weekMilestones = (year: number, options: WeekMilestonesOptions = {}): readonly WeekMilestone[] => {
  const given = readOptions("weekMilestones", options, [
    "reportDeadline",
    "reportDeadlineSource",
  ]) as WeekMilestonesOptions;
  if (given.reportDeadlineSource !== undefined) {
    checkText(
      given.reportDeadlineSource,
      "weekMilestones: options.reportDeadlineSource",
      calendarErrorCodes.invalidOptions,
    );
  }
  const week = lifelongLearningWeek(year, options);
  const milestone = (
    kind: WeekMilestoneKind,
    date: IsoDate,
    extra: Partial<Pick<WeekMilestone, "day" | "deadline" | "provisional" | "source">> = {},
  ): WeekMilestone => {
    const { day, deadline, provisional = week.provisional } = extra;
    const source = "source" in extra ? extra.source : week.source;
    return {
      kind,
      date,
      label: weekMilestoneLabels[kind],
      params: { year, date: formatShortDate(date), ...(day !== undefined && { day }) },
      year,
      day,
      deadline,
      provisional,
      source,
    };
  };
  const milestones: WeekMilestone[] = [];
  if (week.letterDate) milestones.push(milestone("letterIssued", week.letterDate));
  milestones.push(milestone("opening", week.opening));
  week.days.forEach((date, index) => {
    milestones.push(milestone("weekDay", date, { day: index + 1 }));
  });
  milestones.push(milestone("lastDay", week.end));
  const deadline = given.reportDeadline ?? week.reportDeadline;
  if (deadline) {
    const source = given.reportDeadline ? given.reportDeadlineSource : week.reportDeadlineSource;
    milestones.push(
      milestone("reportDeadline", deadlineLastDay(deadline, options), { deadline, provisional: false, source }),
    );
  }
  return milestones.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      weekMilestoneKinds.indexOf(a.kind) - weekMilestoneKinds.indexOf(b.kind) ||
      (a.day ?? 0) - (b.day ?? 0),
  );
};
