import { z } from "zod";
import { documentFields } from "./documentFields.ts";
import { documentMarks } from "./documentMarks.ts";
import { money } from "./money.ts";
import { fundingSources } from "./ProvincialPlan.ts";
import { shortText, subjectText, text } from "./text.ts";

/** One line of a budget estimate: item, unit, quantity, unit price and amount (quantity × unit price), in đồng. */
export const estimateLineSchema = z.strictObject({
  item: shortText,
  /** Đơn vị tính: «cái», «buổi», «người». */
  unit: shortText,
  quantity: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  unitPrice: money,
  amount: money,
  source: z.enum(fundingSources).optional(),
});

/**
 * A dự toán kinh phí (budget estimate) for the Week: a table of lines whose amounts are quantity × unit price,
 * a stated total equal to their sum, written out in words under the table (funded under Thông tư 07/2018/TT-BTC).
 *
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
  legalBases: z.array(text).default([]),
  lines: z.array(estimateLineSchema).min(1),
  /** The total the estimate states: it must equal the sum of the lines. */
  total: money,
  notes: z.array(text).default([]),
});

export type EstimateLine = z.infer<typeof estimateLineSchema>;
export type BudgetEstimate = z.infer<typeof budgetEstimateSchema>;
export type BudgetEstimateInput = z.input<typeof budgetEstimateSchema>;
