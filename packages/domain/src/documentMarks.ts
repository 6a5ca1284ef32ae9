import { z } from "zod";

/** Urgency levels of Decree 30 (Phụ lục I, Phần I, mục III.2.b), as stamped: bold, boxed, bright red. */
export const urgencyLevels = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"] as const;

/** Circulation scopes of Decree 30 (Phụ lục I, Phần I, mục III.2.c), as printed in a box. */
export const circulationScopes = ["LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI"] as const;

/**
 * The drafter's initials and the number of copies issued (Phụ lục I, Phần I, mục III.3), printed «PL.(300)» under
 * the «Nơi nhận» list.
 */
export const drafterSchema = z.strictObject({
  /** Upper-case initials of the drafter: «PL». */
  initials: z.string().regex(/^\p{Lu}{1,10}$/u, { message: "drafter.initials" }),
  copies: z.number().int().positive().max(99_999),
});

/**
 * The optional marks of a document (Decree 30/2020/NĐ-CP, Điều 8, khoản 2): urgency, circulation scope, the
 * drafter's initials and copies. Spread into an entity's schema beside `documentFields`.
 *
 * @example
 * ```ts
 * const schema = z.strictObject({ ...documentFields, ...documentMarks });
 * ```
 */
export const documentMarks = {
  urgency: z.enum(urgencyLevels).optional(),
  circulation: z.enum(circulationScopes).optional(),
  drafter: drafterSchema.optional(),
};

export type UrgencyLevel = (typeof urgencyLevels)[number];
export type CirculationScope = (typeof circulationScopes)[number];
export type Drafter = z.infer<typeof drafterSchema>;
