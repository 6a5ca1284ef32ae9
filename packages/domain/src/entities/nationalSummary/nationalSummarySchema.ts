import * as z from "zod/mini";
import { textLimits } from "../../data/textLimits.ts";
import { type Measure, measures } from "../../data/vocabulary.ts";
import { boundedString } from "../../fields/boundedString.ts";
import { communeCode } from "../../fields/communeCode.ts";
import { districtCode } from "../../fields/districtCode.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { provinceCode } from "../../fields/provinceCode.ts";
import { shortText } from "../../fields/text.ts";
import type { Issue } from "../../rules/Issue.ts";
import type { NationalSummary } from "./summarizeReports.ts";
import { summaryLevels } from "./summaryLevels.ts";

/**
 * A whole, non-negative number: `int()` already bounds it to `Number.MAX_SAFE_INTEGER` (a total past it can be
 * neither added exactly nor written in words), so a number past it gets one issue, `schema.too-big`.
 */
const amount = z.int().check(z.nonnegative());
/** A count the summary may leave out, read as 0. */
const amountOrZero = z._default(amount, 0);

const measureAmounts = Object.fromEntries(measures.map((measure) => [measure, amountOrZero])) as {
  [M in Measure]: typeof amountOrZero;
};

const measureAmountsIfAny = Object.fromEntries(measures.map((measure) => [measure, z.exactOptional(amount)])) as {
  [M in Measure]: z.ZodMiniExactOptional<typeof amount>;
};

/** A text of an issue as the SDK wrote it: bounded like every string of an entity, never refused for its content. */
const issueText = boundedString(textLimits.paragraph);

const legalBasisSchema = z.strictObject({ document: issueText, article: z.exactOptional(issueText) });

/**
 * An issue as a validator gives it, its words as the SDK wrote them (a message may quote a key of the input).
 * `basis` may be left out, as JSON leaves out a key whose value is `undefined`; `params` are the rule's values, of
 * any kind (their names bounded like every string, their values not read).
 */
const issueSchema = z.strictObject({
  code: boundedString(textLimits.code).check(z.minLength(1)),
  severity: z.enum(["error", "warning", "info"]),
  path: z.array(z.union([issueText, amount])),
  params: z.record(issueText, z.unknown()),
  basis: z.optional(legalBasisSchema),
  message: issueText,
}) as unknown as z.ZodMiniType<Issue, unknown>;

const summaryRowSchema = z.strictObject({
  index: amount,
  province: provinceCode,
  commune: z.optional(communeCode),
  district: z.optional(districtCode),
  name: shortText,
  submittedOn: isoDate,
  daysLate: amount,
  measures: z.strictObject(measureAmounts),
  examples: amount,
  commendations: z.strictObject({ collectives: amountOrZero, individuals: amountOrZero }),
  budgetSpent: amount,
});

const nationalSummaryShape = z.strictObject({
  schemaVersion: z.literal(1),
  year: z.int().check(z.minimum(2011), z.maximum(2200)),
  level: z._default(z.enum(summaryLevels), "province"),
  expected: amount,
  rows: z.array(summaryRowSchema),
  activities: z._default(z.record(boundedString(textLimits.code), z.strictObject(measureAmountsIfAny)), {}),
  totals: z.strictObject({
    ...measureAmounts,
    examples: amountOrZero,
    collectives: amountOrZero,
    individuals: amountOrZero,
    budgetSpent: amountOrZero,
  }),
  missing: z.array(
    z.strictObject({
      province: provinceCode,
      commune: z.optional(communeCode),
      district: z.optional(districtCode),
      name: shortText,
    }),
  ),
  late: z.array(
    z.strictObject({
      index: amount,
      province: provinceCode,
      commune: z.optional(communeCode),
      district: z.optional(districtCode),
      daysLate: amount,
    }),
  ),
  rejected: z.array(z.strictObject({ index: amount, issues: z.array(issueSchema) })),
  duplicates: z.array(
    z.strictObject({
      index: amount,
      province: provinceCode,
      commune: z.optional(communeCode),
      district: z.optional(districtCode),
      kept: amount,
    }),
  ),
  issues: z.array(issueSchema),
});

/**
 * The schema of a {@link NationalSummary}, the shape `summarizeReports` returns, for a summary built or stored
 * elsewhere (a dashboard's JSON, a summary edited by hand): strict objects, every count and amount a whole,
 * non-negative number within `Number.MAX_SAFE_INTEGER`, province codes, names as text, `submittedOn` a civil date,
 * issues as {@link Issue} objects. A count of `totals`, a row's `measures` or `commendations` left out is 0.
 *
 * @example
 * ```ts
 * const summary = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 });
 * nationalSummarySchema.safeParse(JSON.parse(JSON.stringify(summary))).success; // true
 * nationalSummarySchema.safeParse({ ...summary, expected: -1 }).success; // false
 * ```
 */
export const nationalSummarySchema: z.ZodMiniType<NationalSummary, unknown> = nationalSummaryShape;
