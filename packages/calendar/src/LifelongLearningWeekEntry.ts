import type { Deadline } from "./deadlines/Deadline.ts";
import type { SourceDocument } from "./SourceDocument.ts";

/**
 * The dates of one year's Lifelong Learning Week as an official letter gives them: the first of its seven days,
 * the day of the opening ceremony (the first day when left out), where the dates come from, and, when known, the
 * date of the letter and the deadline of the provinces' reports.
 * Pass entries to {@link lifelongLearningWeek} or {@link weekMilestones} in `options.weeks` to use a letter the SDK
 * does not know yet.
 *
 * @example
 * ```ts
 * const week2026: LifelongLearningWeekEntry = {
 *   year: 2026,
 *   start: "2026-10-01",
 *   opening: "2026-10-01",
 *   source: "Công văn …/BGDĐT-GDNNGDTX ngày 10/09/2026",
 *   sources: [{ document: "Công văn …/BGDĐT-GDNNGDTX", issuer: "Bộ Giáo dục và Đào tạo", date: "2026-09-10" }],
 *   letterDate: "2026-09-10",
 *   reportDeadline: { kind: "before", date: "2026-10-30" },
 * };
 * ```
 */
export type LifelongLearningWeekEntry = {
  readonly year: number;
  readonly start: string;
  readonly opening?: string | undefined;
  readonly source?: string | undefined;
  /**
   * The Ministry's letter, or the dated reports of it (outlet, title, date, address), so a user can check the dates;
   * checked like `source` and returned by {@link lifelongLearningWeek}. The SDK's own Weeks leave it out: their
   * documents are in `lifelongLearningWeekSources` of `@xhht/calendar/sources`.
   */
  readonly sources?: readonly SourceDocument[] | undefined;
  /** The date of the Ministry's letter announcing the Week; left out when unknown or unconfirmed. */
  readonly letterDate?: string | undefined;
  /** The deadline of the provinces' reports to the Ministry, as the letter words it. */
  readonly reportDeadline?: Deadline | undefined;
  /** Where the report deadline comes from; `source` when left out. */
  readonly reportDeadlineSource?: string | undefined;
};
