import { z } from "zod";
import { isoDate } from "./isoDate.ts";

/**
 * A deadline as a letter writes it, one kind per wording (Bộ luật Dân sự 2015, Điều 144-148), the same shape as
 * `Deadline` of @xhht/calendar: «trước ngày X» (`before`), «chậm nhất ngày X» (`noLaterThan`), or
 * «trong thời hạn N ngày (làm việc) / tuần / tháng / năm kể từ ngày …» (`within`).
 *
 * @example
 * ```ts
 * deadlineSchema.parse({ kind: "before", date: "2020-10-30" });
 * deadlineSchema.parse({ kind: "within", amount: 5, unit: "workingDays", from: "2020-10-07" });
 * ```
 */
export const deadlineSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("before"), date: isoDate }),
  z.strictObject({ kind: z.literal("noLaterThan"), date: isoDate }),
  z.strictObject({
    kind: z.literal("within"),
    amount: z.number().int().positive().max(10_000),
    unit: z.enum(["days", "workingDays", "weeks", "months", "years"]),
    from: isoDate,
  }),
]);

export type Deadline = z.infer<typeof deadlineSchema>;
