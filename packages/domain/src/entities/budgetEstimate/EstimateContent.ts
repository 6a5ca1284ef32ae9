import * as z from "zod/mini";
import { money } from "../../fields/money.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";
import { fundingSources } from "./fundingSources.ts";

/**
 * One line of a budget estimate: item, unit, quantity, unit price and amount (quantity × unit price), in đồng.
 *
 * @example
 * ```ts
 * estimateLineSchema.safeParse({ item: "Băng rôn", unit: "cái", quantity: 20, unitPrice: 300_000, amount: 6_000_000 }).success; // true
 * estimateLineSchema.safeParse({ item: "Băng rôn", unit: "cái", quantity: 0.5, unitPrice: 300_000, amount: 150_000 }).success; // false
 * ```
 */
export const estimateLineSchema = z.strictObject({
  item: shortText,
  /** Đơn vị tính: «cái», «buổi», «người». */
  unit: shortText,
  quantity: z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER)),
  unitPrice: money,
  amount: money,
  source: z.optional(z.enum(fundingSources)),
});

/**
 * The content of a dự toán kinh phí (budget estimate): a table of lines whose amounts are quantity × unit price, a
 * stated total equal to their sum (written out in words under the table), and notes. A dự toán is not one of the 29
 * administrative document types of Decree 30/2020/NĐ-CP (Điều 7): it is issued as an appendix of a kế hoạch
 * (`ProvincialPlan.budgetEstimate`) or of a tờ trình (`Submission.budgetEstimate`), printed «Phụ lục» / «DỰ TOÁN
 * KINH PHÍ …» / «(Kèm theo …)» (Phụ lục I, Phần I, mục III.1).
 *
 * @example
 * ```ts
 * const line = { item: "Băng rôn, khẩu hiệu", unit: "cái", quantity: 20, unitPrice: 300_000, amount: 6_000_000 };
 * estimateContentSchema.parse({ lines: [line], total: 6_000_000 }).notes; // []
 * const { budgetEstimate } = sampleSubmission2020;
 * validatePlan({ ...samplePlan2020, issuerName: "Sở Giáo dục và Đào tạo", budgetEstimate }).ok; // true
 * validatePlan({ ...samplePlan2020, budgetEstimate }).issues[0]?.code; // "appendix.issuer-name"
 * ```
 */
export const estimateContentSchema = z.strictObject({
  /**
   * What the estimate is for, printed after «DỰ TOÁN KINH PHÍ» in the appendix's title: «Tổ chức Tuần lễ hưởng ứng
   * học tập suốt đời năm 2020». A plan's appendix takes the plan's trích yếu when absent.
   */
  subject: z.optional(subjectText),
  lines: z.array(estimateLineSchema).check(z.minLength(1)),
  /** The total the estimate states: it must equal the sum of the lines. */
  total: money,
  notes: z._default(z.array(text), []),
});

/**
 * One line of a budget estimate, as {@link estimateLineSchema} parses it.
 *
 * @example
 * ```ts
 * const line: EstimateLine = { item: "Băng rôn, khẩu hiệu", unit: "cái", quantity: 20, unitPrice: 300_000, amount: 6_000_000 };
 * line.quantity * line.unitPrice === line.amount; // true
 * ```
 */
export type EstimateLine = z.infer<typeof estimateLineSchema>;
/**
 * The content of a budget estimate, as {@link estimateContentSchema} parses it.
 *
 * @example
 * ```ts
 * const estimate: EstimateContent | undefined = sampleSubmission2020.budgetEstimate;
 * estimate?.total; // 45500000
 * moneyInWords(estimate?.total ?? 0); // "Bốn mươi lăm triệu năm trăm nghìn đồng"
 * ```
 */
export type EstimateContent = z.infer<typeof estimateContentSchema>;
/**
 * The content of a budget estimate as written, before {@link estimateContentSchema} fills its defaults (`notes`).
 *
 * @example
 * ```ts
 * const input: EstimateContentInput = {
 *   lines: [{ item: "Băng rôn, khẩu hiệu", unit: "cái", quantity: 20, unitPrice: 300_000, amount: 6_000_000 }],
 *   total: 6_000_000,
 * };
 * estimateContentSchema.parse(input).notes; // []
 * ```
 */
export type EstimateContentInput = z.input<typeof estimateContentSchema>;
