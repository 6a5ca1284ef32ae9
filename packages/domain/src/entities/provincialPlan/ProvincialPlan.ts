import * as z from "zod/mini";
import { textLimits } from "../../data/textLimits.ts";
import { audiences } from "../../data/vocabulary.ts";
import { boundedString } from "../../fields/boundedString.ts";
import { documentFields } from "../../fields/documentFields.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { money } from "../../fields/money.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";
import { unitFields } from "../../fields/unitFields.ts";
import { estimateContentSchema } from "../budgetEstimate/EstimateContent.ts";
import { fundingSources } from "../budgetEstimate/fundingSources.ts";

/**
 * An activity code: one of the catalogue's («reading.class-bookshelves»), or a province's own activity prefixed
 * `local.` («local.hoi-sach-thieu-nhi»).
 *
 * @example
 * ```ts
 * activityCode.safeParse("reading.class-bookshelves").success; // true
 * activityCode.safeParse("local.hoi-sach-thieu-nhi").success; // true
 * activityCode.safeParse("Hội sách").success; // false
 * ```
 */
export const activityCode = boundedString(textLimits.code).check(
  z.regex(/^[a-z]+(?:-[a-z]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, { message: "code.format" }),
);

export { fundingSources } from "../budgetEstimate/fundingSources.ts";

/**
 * One activity of a plan: what, when, where, who is responsible and for whom.
 *
 * @example
 * ```ts
 * planActivitySchema.parse({ code: "communication.media", start: "2020-10-01", end: "2020-10-07", responsible: ["Văn phòng Sở"] }).yearRound; // false
 * planActivitySchema.safeParse({ code: "communication.media", start: "2020-10-01", end: "2020-10-07", responsible: [] }).success; // false
 * ```
 */
export const planActivitySchema = z.strictObject({
  code: activityCode,
  /** The province's own wording of the activity, when it says more than the catalogue's name. */
  title: z.optional(subjectText),
  start: isoDate,
  end: isoDate,
  /** Runs through the school year rather than inside the Week (section 5 b of the 2020 directive). */
  yearRound: z._default(z.boolean(), false),
  places: z._default(z.array(shortText), []),
  responsible: z.array(shortText).check(z.minLength(1)),
  audiences: z._default(z.array(z.enum(audiences)), []),
});

/**
 * One line of a plan's budget estimate, in đồng.
 *
 * @example
 * ```ts
 * budgetLineSchema.safeParse({ item: "Băng rôn, khẩu hiệu", amount: 6_000_000, source: "state-budget" }).success; // true
 * budgetLineSchema.safeParse({ item: "Băng rôn, khẩu hiệu", amount: 6_000_000, source: "sponsor" }).success; // false
 * ```
 */
export const budgetLineSchema = z.strictObject({
  item: shortText,
  amount: money,
  source: z.enum(fundingSources),
});

/**
 * A province's (or a department's) plan for the Week: a kế hoạch («Số: 12/KH-UBND») with its activities,
 * budget and constraints.
 *
 * @example
 * ```ts
 * const result = validatePlan(samplePlan2020);
 * ```
 */
export const provincialPlanSchema = z.strictObject({
  schemaVersion: z.literal(1),
  year: z.int().check(z.minimum(2011), z.maximum(2200)),
  ...unitFields,
  ...documentFields,
  /**
   * The issuing body as written in running text, «Sở Giáo dục và Đào tạo»: who the appendix's «(Kèm theo Kế hoạch số
   * … của …)» names. Required with a \`budgetEstimate\` (Phụ lục I, Phần I, mục III.1.c: `appendix.issuer-name`).
   */
  issuerName: z.optional(shortText),
  /** Trích yếu under «KẾ HOẠCH»: «Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: subjectText,
  /** Căn cứ: one legal basis a line, without the final «;» or «.». */
  legalBases: z._default(z.array(text), []),
  activities: z.array(planActivitySchema).check(z.minLength(1)),
  budget: z._default(z.array(budgetLineSchema), []),
  /** The total the plan states, if it states one: it must equal the sum of the lines. */
  budgetTotal: z.optional(money),
  /** Conditions the activities must respect, such as epidemic rules. */
  constraints: z._default(z.array(text), []),
  /**
   * The detailed dự toán kinh phí, printed as the plan's appendix («Phụ lục» / «DỰ TOÁN KINH PHÍ …» / «(Kèm theo Kế
   * hoạch số …)»; Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1), which the plan's «Kinh phí» section refers to.
   * Its total must equal the plan's budget lines when the plan has any (`plan.budget-estimate-total`).
   */
  budgetEstimate: z.optional(estimateContentSchema),
});

/**
 * One activity of a plan, as {@link planActivitySchema} parses it.
 *
 * @example
 * ```ts
 * const [first]: readonly PlanActivity[] = samplePlan2020.activities;
 * first?.code; // "communication.media"
 * first?.responsible; // ["Văn phòng Sở"]
 * ```
 */
export type PlanActivity = z.infer<typeof planActivitySchema>;
/**
 * One line of a plan's budget, as {@link budgetLineSchema} parses it.
 *
 * @example
 * ```ts
 * const lines: readonly BudgetLine[] = samplePlan2020.budget;
 * lines.reduce((sum, line) => sum + line.amount, 0); // 45500000
 * ```
 */
export type BudgetLine = z.infer<typeof budgetLineSchema>;
/**
 * One of {@link fundingSources}.
 *
 * @example
 * ```ts
 * const source: FundingSource = "socialisation";
 * samplePlan2020.budget.filter((line) => line.source === source).length; // 1
 * ```
 */
export type FundingSource = (typeof fundingSources)[number];
/**
 * A provincial plan, as {@link provincialPlanSchema} parses it.
 *
 * @example
 * ```ts
 * const plan: ProvincialPlan = samplePlan2020;
 * plan.symbol; // "KH-SGDĐT"
 * plan.activities.length; // 5
 * ```
 */
export type ProvincialPlan = z.infer<typeof provincialPlanSchema>;
/**
 * A provincial plan as written, before {@link provincialPlanSchema} fills its defaults (`yearRound`, `places`,
 * `audiences` of each activity).
 *
 * @example
 * ```ts
 * const input: ProvincialPlanInput = {
 *   ...samplePlan2020,
 *   activities: samplePlan2020.activities.map(({ places, ...activity }) => activity),
 * };
 * validatePlan(input).value?.activities[0]?.places; // []
 * ```
 */
export type ProvincialPlanInput = z.input<typeof provincialPlanSchema>;
