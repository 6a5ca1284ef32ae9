import * as z from "zod/mini";
import { documentFields } from "../../fields/documentFields.ts";
import { documentMarks } from "../../fields/documentMarks.ts";
import { line, shortText, subjectText, text } from "../../fields/text.ts";
import { estimateContentSchema } from "../budgetEstimate/EstimateContent.ts";
import { letterBlockSchema } from "../officialLetter/OfficialLetter.ts";

/**
 * A tờ trình (submission, Decree 30/2020/NĐ-CP, Điều 7; «TTr» in Phụ lục III): a body asks its superior to approve
 * something, here the Week's dự toán kinh phí, which it carries as its appendix. Header, «TỜ TRÌNH» and its trích yếu,
 * «Kính gửi», căn cứ, body, the request, signature and «Nơi nhận»; then the estimate, if any, as «Phụ lục».
 *
 * @example
 * ```ts
 * const result = validateSubmission(sampleSubmission2020);
 * result.value?.budgetEstimate?.total; // 45500000
 * ```
 */
export const submissionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  ...documentFields,
  ...documentMarks,
  /**
   * The issuing body as written in running text, «Sở Giáo dục và Đào tạo»: who the appendix's «(Kèm theo Tờ trình số
   * … của …)» names. Required with a \`budgetEstimate\` (Phụ lục I, Phần I, mục III.1.c: `appendix.issuer-name`).
   */
  issuerName: z.optional(shortText),
  /**
   * «Kính gửi»: the superior asked to decide, «Ủy ban nhân dân tỉnh Nam Định» (Decree 30, Phụ lục I, cell 9a);
   * without the leading «- » and the final «;» or «.».
   */
  recipients: z.array(line).check(z.minLength(1), z.maxLength(20)),
  /** Trích yếu under «TỜ TRÌNH», as printed: «Về việc phê duyệt dự toán kinh phí tổ chức Tuần lễ …». */
  subject: subjectText,
  /** Căn cứ, one a line, without the final «;» or «.». */
  legalBases: z._default(z.array(text), []),
  /** Why the request is made: paragraphs, headings «1.», points «a)» and bullets, as a letter's body. */
  body: z._default(z.array(letterBlockSchema), []),
  /** The request itself, one paragraph a line: «Sở Giáo dục và Đào tạo kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt …». */
  proposal: z.array(text).check(z.minLength(1)),
  /** The dự toán kinh phí submitted for approval, printed as the submission's appendix. */
  budgetEstimate: z.optional(estimateContentSchema),
});

/**
 * A tờ trình, as {@link submissionSchema} parses it.
 *
 * @example
 * ```ts
 * const submission: Submission = sampleSubmission2020;
 * submission.symbol; // "TTr-SGDĐT"
 * ```
 */
export type Submission = z.infer<typeof submissionSchema>;
/**
 * A tờ trình as written, before {@link submissionSchema} checks it.
 *
 * @example
 * ```ts
 * const input: SubmissionInput = { ...sampleSubmission2020, number: undefined };
 * validateSubmission(input).ok; // true
 * ```
 */
export type SubmissionInput = z.input<typeof submissionSchema>;
