import * as z from "zod/mini";
import { documentFields } from "../../fields/documentFields.ts";
import { documentMarks } from "../../fields/documentMarks.ts";
import { money } from "../../fields/money.ts";
import { subjectText, text } from "../../fields/text.ts";
import { estimateLineSchema } from "./EstimateContent.ts";

/**
 * A dự toán kinh phí (budget estimate) for the Week as a standalone document: a table of lines whose amounts are
 * quantity × unit price, a stated total equal to their sum, written out in words under the table (funded under
 * Thông tư 07/2018/TT-BTC). Its symbol must start with a Phụ lục III abbreviation (`budget.symbol-type`).
 *
 * @deprecated A dự toán is not an administrative document type of Decree 30/2020/NĐ-CP (Điều 7) and has no
 * Phụ lục III abbreviation: put the estimate in a plan's `budgetEstimate` (printed as its appendix by `renderPlan`)
 * or in a tờ trình's (`submissionSchema`, printed by `renderSubmission`), as an `estimateContentSchema`.
 * @example
 * ```ts
 * const result = validateBudgetEstimate(sampleBudgetEstimate2020);
 * ```
 */
export const budgetEstimateSchema = z.strictObject({
  schemaVersion: z.literal(1),
  ...documentFields,
  ...documentMarks,
  /** Trích yếu under «DỰ TOÁN KINH PHÍ»: «Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: subjectText,
  /** Căn cứ, one a line, without the final «;» or «.». */
  legalBases: z._default(z.array(text), []),
  lines: z.array(estimateLineSchema).check(z.minLength(1)),
  /** The total the estimate states: it must equal the sum of the lines. */
  total: money,
  notes: z._default(z.array(text), []),
});

/**
 * A standalone budget estimate, as {@link budgetEstimateSchema} parses it.
 *
 * @deprecated Use `EstimateContent` in a plan's or a submission's `budgetEstimate`.
 * @example
 * ```ts
 * const estimate: BudgetEstimate = sampleBudgetEstimate2020;
 * estimate.total; // 45500000
 * ```
 */
export type BudgetEstimate = z.infer<typeof budgetEstimateSchema>;
/**
 * A standalone budget estimate as written, before {@link budgetEstimateSchema} fills its defaults.
 *
 * @deprecated Use `EstimateContentInput` in a plan's or a submission's `budgetEstimate`.
 * @example
 * ```ts
 * const input: BudgetEstimateInput = { ...sampleBudgetEstimate2020, notes: undefined };
 * budgetEstimateSchema.parse(input).notes; // []
 * ```
 */
export type BudgetEstimateInput = z.input<typeof budgetEstimateSchema>;
