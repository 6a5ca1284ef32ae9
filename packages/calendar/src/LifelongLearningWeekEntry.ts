/**
 * The dates of one year's Lifelong Learning Week as an official letter gives them: the first of its seven days,
 * the day of the opening ceremony (the first day when left out) and where the dates come from.
 * Pass entries to {@link lifelongLearningWeek} in `options.weeks` to use a letter the SDK does not know yet.
 *
 * @example
 * ```ts
 * const week2026: LifelongLearningWeekEntry = {
 *   year: 2026,
 *   start: "2026-10-01",
 *   opening: "2026-10-01",
 *   source: "Công văn …/BGDĐT-GDNNGDTX ngày …/09/2026",
 * };
 * ```
 */
export type LifelongLearningWeekEntry = {
  readonly year: number;
  readonly start: string;
  readonly opening?: string | undefined;
  readonly source?: string | undefined;
};
