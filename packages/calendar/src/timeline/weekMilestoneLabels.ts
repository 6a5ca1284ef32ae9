/**
 * The message keys that label a milestone of the Week ({@link WeekMilestone.label}), one per kind, plus `week` for
 * the whole Week as one event in {@link weekToICalendar}. The texts live in the locales of `@xhht/domain`, not here;
 * each key is interpolated with {@link WeekMilestone.params} (`{{year}}`, `{{date}}`, and `{{day}}` for a day).
 *
 * @example
 * ```ts
 * weekMilestoneLabels.opening; // "milestone.opening"
 * weekMilestones(2020).find((milestone) => milestone.kind === "opening")?.label; // "milestone.opening"
 * ```
 */
export const weekMilestoneLabels = {
  /** The Ministry's letter announcing the Week is issued. */
  letterIssued: "milestone.letterIssued",
  /** The opening ceremony. */
  opening: "milestone.opening",
  /** Day `{{day}}` (1-7) of the Week. */
  weekDay: "milestone.weekDay",
  /** The last of the seven days. */
  lastDay: "milestone.lastDay",
  /** The last day to send the province's report to the Ministry. */
  reportDeadline: "milestone.reportDeadline",
  /** The seven days as one span (iCalendar only). */
  week: "milestone.week",
} as const;

/**
 * A message key of {@link weekMilestoneLabels}, e.g. `"milestone.opening"`.
 *
 * @example
 * ```ts
 * const texts: Record<WeekMilestoneLabel, string> = {
 *   "milestone.letterIssued": "Bộ GDĐT ban hành công văn",
 *   "milestone.opening": "Lễ khai mạc",
 *   "milestone.weekDay": "Ngày thứ {{day}}",
 *   "milestone.lastDay": "Ngày cuối",
 *   "milestone.reportDeadline": "Hạn gửi báo cáo",
 *   "milestone.week": "Tuần lễ {{year}}",
 * };
 * ```
 */
export type WeekMilestoneLabel = (typeof weekMilestoneLabels)[keyof typeof weekMilestoneLabels];
