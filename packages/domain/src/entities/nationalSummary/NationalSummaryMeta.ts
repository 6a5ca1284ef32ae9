import * as z from "zod/mini";
import { documentFields } from "../../fields/documentFields.ts";
import { documentMarks } from "../../fields/documentMarks.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";

/**
 * The document fields of the Ministry's báo cáo tổng hợp that lays out a {@link NationalSummary}: who issues and
 * signs it, its number and date, to whom it goes, and the words around the figures (introduction, assessment,
 * proposals). The figures themselves come from `summarizeReports`.
 *
 * @example
 * ```ts
 * const result = validateNationalSummaryMeta(sampleNationalSummaryMeta2020);
 * ```
 */
export const nationalSummaryMetaSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** The year summarised: the summary's own year must match. */
  year: z.int().check(z.minimum(2011), z.maximum(2200)),
  ...documentFields,
  ...documentMarks,
  /** The issuing body as written in running text: «Bộ Giáo dục và Đào tạo». */
  issuerName: shortText,
  /** Trích yếu under «BÁO CÁO»: «Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: subjectText,
  /** «Kính gửi»: a báo cáo sent to a superior names it («Thủ tướng Chính phủ»). */
  recipients: z._default(z.array(shortText), []),
  /** Opening paragraphs, before the figures. */
  introduction: z._default(z.array(text), []),
  /** The day the count of reports stands at; the document's date when absent. */
  asOf: z.optional(isoDate),
  /** The general assessment, one paragraph an item. */
  assessment: z._default(z.array(text), []),
  proposals: z._default(z.array(text), []),
});

/**
 * The national summary's document fields, as {@link nationalSummaryMetaSchema} parses them.
 *
 * @example
 * ```ts
 * const meta: NationalSummaryMeta = sampleNationalSummaryMeta2020;
 * meta.year; // 2020
 * ```
 */
export type NationalSummaryMeta = z.infer<typeof nationalSummaryMetaSchema>;
/**
 * The national summary's document fields as written, before {@link nationalSummaryMetaSchema} checks them.
 *
 * @example
 * ```ts
 * const input: NationalSummaryMetaInput = { ...sampleNationalSummaryMeta2020, number: undefined };
 * validateNationalSummaryMeta(input).ok; // true
 * ```
 */
export type NationalSummaryMetaInput = z.input<typeof nationalSummaryMetaSchema>;
