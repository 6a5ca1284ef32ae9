import type { Deadline } from "../deadlines/Deadline.ts";
import type { IsoDate } from "../IsoDate.ts";
import type { WeekMilestoneLabel } from "./weekMilestoneLabels.ts";

/**
 * The kind of a milestone of the Week, stable across releases: `letterIssued` (the Ministry's letter), `opening`
 * (the opening ceremony), `weekDay` (one of the seven days), `lastDay` (the seventh day), `reportDeadline` (the last
 * day of the provinces' reports).
 *
 * @example
 * ```ts
 * const kind: WeekMilestoneKind = "reportDeadline";
 * weekMilestones(2020).filter((milestone) => milestone.kind === kind).length; // 1
 * ```
 */
export type WeekMilestoneKind = "letterIssued" | "opening" | "weekDay" | "lastDay" | "reportDeadline";

/**
 * One dated step of the Week's timeline, as {@link weekMilestones} lists them.
 *
 * @example
 * ```ts
 * const deadline: WeekMilestone = {
 *   kind: "reportDeadline",
 *   date: parseIsoDate("2020-10-29"),
 *   label: "milestone.reportDeadline",
 *   params: { year: 2020, date: "29/10/2020" },
 *   year: 2020,
 *   day: undefined,
 *   deadline: { kind: "before", date: "2020-10-30" },
 *   provisional: false,
 *   source: "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020: …",
 * };
 * ```
 */
export type WeekMilestone = {
  readonly kind: WeekMilestoneKind;
  /** The civil date; for `reportDeadline`, the deadline's last day (its end at 24:00 is the deadline). */
  readonly date: IsoDate;
  /** The message key of its text, see {@link weekMilestoneLabels}. */
  readonly label: WeekMilestoneLabel;
  /** What the text interpolates: `year`, `date` as DD/MM/YYYY, and `day` (1-7) for a `weekDay`. */
  readonly params: { readonly year: number; readonly date: string; readonly day?: number };
  /** The year of the Week. */
  readonly year: number;
  /** 1-7 for a `weekDay`; `undefined` otherwise. */
  readonly day: number | undefined;
  /** The deadline as worded («trước ngày 30/10/2020») for `reportDeadline`; `undefined` otherwise. */
  readonly deadline: Deadline | undefined;
  /** `true` when the date comes from the default rule, not a letter (a year with no known letter). */
  readonly provisional: boolean;
  /** Where the date comes from; `undefined` when provisional or supplied without one. */
  readonly source: string | undefined;
};
