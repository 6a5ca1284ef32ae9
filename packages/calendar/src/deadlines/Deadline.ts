/**
 * The unit of a `within` {@link Deadline}: calendar days, working days, weeks, months or years.
 *
 * @example
 * ```ts
 * const unit: DeadlineUnit = "workingDays"; // «trong thời hạn 5 ngày làm việc»
 * ```
 */
export type DeadlineUnit = "days" | "workingDays" | "weeks" | "months" | "years";

/**
 * A deadline as an administrative letter writes it, one kind per wording (Bộ luật Dân sự 2015, Điều 144-148):
 *
 * - `before`, «trước ngày X»: the last day is the day before `date`;
 * - `noLaterThan`, «chậm nhất ngày X», «trước hoặc trong ngày X»: the last day is `date`;
 * - `within`, «trong thời hạn N ngày (làm việc) / tuần / tháng / năm kể từ ngày …»: a period of `amount` `unit`s
 *   counted from the day after `from`, the day of the event that starts it (Điều 147).
 *
 * @example
 * ```ts
 * const report: Deadline = { kind: "before", date: "2020-10-30" };
 * const reply: Deadline = { kind: "within", amount: 5, unit: "workingDays", from: "2020-10-07" };
 * ```
 */
export type Deadline =
  | { readonly kind: "before"; readonly date: string }
  | { readonly kind: "noLaterThan"; readonly date: string }
  | { readonly kind: "within"; readonly amount: number; readonly unit: DeadlineUnit; readonly from: string };
