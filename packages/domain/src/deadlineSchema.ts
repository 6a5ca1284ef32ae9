import { z } from "zod";
import { isoDate } from "./isoDate.ts";

/**
 * A deadline as a letter writes it, by kind (Bộ luật Dân sự 2015, Điều 144-148):
 * «trước ngày X» (`before`: the last day is the day before X) or «chậm nhất ngày X» (`noLaterThan`: X itself).
 *
 * @example
 * ```ts
 * deadlineSchema.parse({ kind: "before", date: "2020-10-30" });
 * ```
 */
export const deadlineSchema = z.object({
  kind: z.enum(["before", "noLaterThan"]),
  date: isoDate,
});

export type Deadline = z.infer<typeof deadlineSchema>;
