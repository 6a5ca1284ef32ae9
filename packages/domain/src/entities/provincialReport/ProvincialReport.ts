import * as z from "zod/mini";
import { type Measure, measures } from "../../data/vocabulary.ts";
import { documentFields } from "../../fields/documentFields.ts";
import { instant } from "../../fields/instant.ts";
import { count, money } from "../../fields/money.ts";
import { line, shortText, subjectText, text } from "../../fields/text.ts";
import { unitFields } from "../../fields/unitFields.ts";
import { activityCode } from "../provincialPlan/ProvincialPlan.ts";

/**
 * Whom a report is sent to when it names nobody: the Ministry, which asks for the reports (section 6 of the 2020
 * directive). Reports written before `recipients` existed keep validating and are printed «Kính gửi: Bộ Giáo dục và
 * Đào tạo.».
 *
 * @example
 * ```ts
 * defaultReportRecipients; // ["Bộ Giáo dục và Đào tạo"]
 * ```
 */
export const defaultReportRecipients = ["Bộ Giáo dục và Đào tạo"] as const;

/**
 * What a report counts for one activity, by measure; a measure left out was not counted. An object of optional
 * keys rather than a record: a record passes over an own «__proto__» key that JSON Schema refuses.
 *
 * @example
 * ```ts
 * measureCountsSchema.safeParse({ articles: 48, "social-posts": 320 }).success; // true
 * measureCountsSchema.safeParse({ articles: -1 }).success; // false
 * measureCountsSchema.safeParse({ likes: 5 }).success; // false: not a measure
 * ```
 */
export const measureCountsSchema = z.strictObject(
  Object.fromEntries(measures.map((measure) => [measure, z.exactOptional(count)])) as {
    [M in Measure]: z.ZodMiniExactOptional<typeof count>;
  },
);

/**
 * The results of one activity: its measures and, if the province wishes, a note.
 *
 * @example
 * ```ts
 * reportActivitySchema.safeParse({ code: "institutions.classes", measures: { classes: 36, learners: 2140 } }).success; // true
 * ```
 */
export const reportActivitySchema = z.strictObject({
  code: activityCode,
  measures: measureCountsSchema,
  notes: z.optional(text),
});

/**
 * A province's report of the Week's results to the Ministry (section 6 of the 2020 directive): each activity's
 * measures, the examples of self-study found, commendations, money spent, difficulties and proposals, and when
 * it was sent.
 *
 * @example
 * ```ts
 * const result = validateReport(JSON.parse(JSON.stringify(sampleReport2020)), { directive: directive2020 });
 * result.ok; // true
 * ```
 */
export const provincialReportSchema = z.strictObject({
  schemaVersion: z.literal(1),
  year: z.int().check(z.minimum(2011), z.maximum(2200)),
  ...unitFields,
  ...documentFields,
  /** The issuing body as written in running text, «Sở Giáo dục và Đào tạo»: who «báo cáo … như sau» in the lead-in. */
  issuerName: z.optional(shortText),
  /**
   * «Kính gửi»: the superior the report is sent to, «Bộ Giáo dục và Đào tạo» (Decree 30, Phụ lục I, cell 9a); without
   * the leading «- » and the final «;» or «.». {@link defaultReportRecipients} when absent.
   */
  recipients: z._default(z.array(line).check(z.minLength(1), z.maxLength(20)), () => [...defaultReportRecipients]),
  /** Trích yếu under «BÁO CÁO»: «Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: subjectText,
  /** When the report was sent: an ISO 8601 instant with its offset, «2020-10-28T16:30:00+07:00». */
  submittedAt: instant("report.submitted-at"),
  activities: z.array(reportActivitySchema).check(z.minLength(1)),
  /** Examples of self-study and lifelong learning found and spread (tấm gương tự học, học tập suốt đời). */
  examples: z._default(count, 0),
  commendations: z._default(z.strictObject({ collectives: count, individuals: count }), {
    collectives: 0,
    individuals: 0,
  }),
  /** Money spent on the Week, in đồng. */
  budgetSpent: z._default(money, 0),
  difficulties: z._default(z.array(text), []),
  proposals: z._default(z.array(text), []),
});

/**
 * What a report counts for one activity, as {@link measureCountsSchema} parses it.
 *
 * @example
 * ```ts
 * const counts: MeasureCounts = { classes: 36, learners: 2140 };
 * counts.learners; // 2140
 * ```
 */
export type MeasureCounts = z.infer<typeof measureCountsSchema>;
/**
 * The results of one activity, as {@link reportActivitySchema} parses it.
 *
 * @example
 * ```ts
 * const [first]: readonly ReportActivity[] = sampleReport2020.activities;
 * first?.measures; // { articles: 48, "social-posts": 320 }
 * ```
 */
export type ReportActivity = z.infer<typeof reportActivitySchema>;
/**
 * A provincial report, as {@link provincialReportSchema} parses it.
 *
 * @example
 * ```ts
 * const report: ProvincialReport = sampleReport2020;
 * report.submittedAt; // "2020-10-27T09:15:00+07:00"
 * report.budgetSpent; // 44800000
 * ```
 */
export type ProvincialReport = z.infer<typeof provincialReportSchema>;
/**
 * A provincial report as written, before {@link provincialReportSchema} checks it and fills its defaults.
 *
 * @example
 * ```ts
 * const input: ProvincialReportInput = { ...sampleReport2020, submittedAt: "2020-11-02T09:00:00+07:00" };
 * validateReport(input, { directive: directive2020 }).issues.map((issue) => issue.code); // ["report.late"]
 * ```
 */
export type ProvincialReportInput = z.input<typeof provincialReportSchema>;
