import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { directive2020 } from "../data/directive2020.ts";
import { sampleBudgetEstimate2020 } from "../data/sampleBudgetEstimate2020.ts";
import { sampleCommitteeDecision2020 } from "../data/sampleCommitteeDecision2020.ts";
import { sampleForwardingRequest2020 } from "../data/sampleForwardingRequest2020.ts";
import { sampleInvitation2020 } from "../data/sampleInvitation2020.ts";
import { sampleNationalSummaryMeta2020 } from "../data/sampleNationalSummaryMeta2020.ts";
import { samplePlan2020 } from "../data/samplePlan2020.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import { sampleSubmission2020 } from "../data/sampleSubmission2020.ts";
import { validateBudgetEstimate } from "../entities/budgetEstimate/validateBudgetEstimate.ts";
import { validateCommitteeDecision } from "../entities/committeeDecision/validateCommitteeDecision.ts";
import { validateDirective } from "../entities/directive/validateDirective.ts";
import { validateForwardingRequest } from "../entities/forwardingRequest/validateForwardingRequest.ts";
import { validateInvitation } from "../entities/invitation/validateInvitation.ts";
import { summarizeReports } from "../entities/nationalSummary/summarizeReports.ts";
import { validateNationalSummaryMeta } from "../entities/nationalSummary/validateNationalSummaryMeta.ts";
import { validateOfficialLetter } from "../entities/officialLetter/validateOfficialLetter.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { validateSubmission } from "../entities/submission/validateSubmission.ts";
import { entitySchemas } from "../entities/toJsonSchema.ts";
import { createTranslator, type Translate } from "../i18n/createTranslator.ts";
import { migrate } from "../migration/migrate.ts";
import { createIssue } from "./createIssue.ts";
import { fieldCheckFor } from "./fieldCheckFor.ts";
import type { Issue } from "./Issue.ts";
import { runValidation, runValidationWith } from "./runValidation.ts";

type Lang = "vi" | "en";
type Validate = (input: unknown, lang: Lang) => { readonly ok: boolean; readonly issues: readonly Issue[] };

/** Every public validator, with the sample it accepts. */
const validators: Record<string, [Validate, unknown]> = {
  validateReport: [(input, lang) => validateReport(input, { directive: directive2020, lang }), sampleReport2020],
  validatePlan: [(input, lang) => validatePlan(input, { directive: directive2020, lang }), samplePlan2020],
  validateDirective: [(input, lang) => validateDirective(input, { lang }), directive2020],
  validateOfficialLetter: [(input, lang) => validateOfficialLetter(input, { lang }), directive2020.letter],
  validateForwardingRequest: [
    (input, lang) => validateForwardingRequest(input, { directive: directive2020, lang }),
    sampleForwardingRequest2020,
  ],
  validateBudgetEstimate: [(input, lang) => validateBudgetEstimate(input, { lang }), sampleBudgetEstimate2020],
  validateSubmission: [(input, lang) => validateSubmission(input, { lang }), sampleSubmission2020],
  validateCommitteeDecision: [(input, lang) => validateCommitteeDecision(input, { lang }), sampleCommitteeDecision2020],
  validateInvitation: [(input, lang) => validateInvitation(input, { lang }), sampleInvitation2020],
  validateNationalSummaryMeta: [
    (input, lang) => validateNationalSummaryMeta(input, { lang }),
    sampleNationalSummaryMeta2020,
  ],
  summarizeReports: [
    (input, lang) => {
      const summary = summarizeReports([input], { year: 2020, directive: directive2020, lang });
      return { ok: summary.rejected.length === 0, issues: summary.issues.filter((issue) => issue.path.length > 0) };
    },
    sampleReport2020,
  ],
};

/** Every path to a value inside `value`. */
const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (value === null || typeof value !== "object") return [prefix];
  return [
    prefix,
    ...Object.entries(value).flatMap(([key, child]) =>
      paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
};

const replaced = (value: unknown, path: readonly (string | number)[], replacement: unknown): unknown => {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = replacement;
  return copy;
};

const instant = fc
  .tuple(
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.constantFrom("Z", "+07:00", "-23:59", "+24:00", "", ".1234567890Z", ".123456789+14:00"),
  )
  .map(
    ([year, month, day, hour, zone]) =>
      `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00${zone}`,
  );
const replacement = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -0, 2 ** 53, 1e308, ""),
  instant,
  fc.constantFrom("2020-02-30", "2020-10-01", "0000-01-01", "9999-12-31", "KH-UBND", "01", "00", "99"),
  fc.constant("x".repeat(20_001)),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
);

const wellFormed = (issues: readonly Issue[]) => {
  for (const issue of issues) {
    expect(issue.message.trim().length, issue.code).toBeGreaterThan(0);
  }
};

describe("every public validator", () => {
  for (const [name, [validate, sample]] of Object.entries(validators)) {
    it(`${name} never throws on arbitrary values and speaks both languages`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.jsonValue()), fc.constantFrom<Lang>("vi", "en"), (input, lang) => {
          const result = validate(input, lang);
          wellFormed(result.issues);
          if (!result.ok) expect(result.issues.some((issue) => issue.severity === "error")).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it(`${name} never throws on its sample changed anywhere, and blames a field when a field is at fault`, () => {
      const all = paths(sample).filter((path) => path.length > 0);
      fc.assert(
        fc.property(fc.constantFrom(...all), replacement, fc.constantFrom<Lang>("vi", "en"), (path, value, lang) => {
          const result = validate(replaced(sample, path, value), lang);
          wellFormed(result.issues);
          for (const issue of result.issues.filter((found) => found.severity === "error")) {
            expect(
              issue.path.length,
              `${path.join(".")} := ${JSON.stringify(value)?.slice(0, 40)}: ${issue.code}`,
            ).toBeGreaterThan(0);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it("migrate never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(entitySchemas)), fc.anything(), (schema, input) => {
        migrate(schema, input);
      }),
    );
  });
});

describe("runValidation when the schema refuses some fields", () => {
  const t = createTranslator({ lang: "en" });
  const schema = z.strictObject({ year: z.number(), start: z.string().min(1), end: z.string().min(1) });
  type Span = z.infer<typeof schema>;
  const spanCheck = fieldCheckFor<Span>();
  const checks = [
    spanCheck(["year"], (t, span) => createIssue(t, "directive.week-year", ["year"], { year: span.year })),
    spanCheck(["start", "end"], (t, span) =>
      span.end < span.start ? createIssue(t, "plan.activity-dates", ["end"], { start: span.start, end: span.end }) : [],
    ),
  ];
  const codes = (result: { readonly issues: readonly Issue[] }) => result.issues.map((issue) => issue.path.join("."));

  it("runs the field checks whose fields all parsed, after the schema's issues", () => {
    const result = runValidationWith(schema, { year: 2020, start: "", end: "b" }, t, checks);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["schema.too-small", ["start"]],
      ["directive.week-year", ["year"]],
    ]);
    expect(codes(runValidationWith(schema, { year: "2020", start: "b", end: "a" }, t, checks))).toEqual([
      "year",
      "end",
    ]);
  });

  it("runs them past keys the object does not know, which are reported once", () => {
    const result = runValidationWith(schema, { year: 2020, start: "b", end: "a", extra: 1 }, t, checks);
    expect(result.issues.map((issue) => issue.code)).toEqual([
      "schema.unknown-key",
      "directive.week-year",
      "plan.activity-dates",
    ]);
  });

  it("runs no rule when the schema refuses the whole value, is no object schema, or the check is one function", () => {
    const refined = schema.refine((span) => span.year > 2100, { message: "schema.invalid" });
    expect(codes(runValidationWith(refined, { year: 2020, start: "b", end: "a" }, t, checks))).toEqual([""]);
    expect(codes(runValidationWith(schema, "2020", t, checks))).toEqual([""]);
    const wrapped = schema.nullable() as unknown as z.ZodType<Span>;
    expect(codes(runValidationWith(wrapped, { year: 2020, start: "" }, t, checks))).toEqual(["start", "end"]);
    const whole = (t: Translate, span: Span) => checks.flatMap((c) => c.run(t, span));
    expect(codes(runValidationWith(schema, { year: 2020, start: "" }, t, whole))).toEqual(["start", "end"]);
  });

  it("says once what zod refuses twice alike", () => {
    const amount = z.strictObject({ amount: z.number().int().max(Number.MAX_SAFE_INTEGER) });
    expect(codes(runValidationWith(amount, { amount: 2 ** 53 }, t, []))).toEqual(["amount"]);
  });

  it("checks a signing authority when the issuer and the signature parsed, and only then", () => {
    const { subject, ...unsigned } = sampleReport2020;
    const headless = { ...unsigned, issuer: "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH" };
    const signatureCodes = (input: unknown) =>
      runValidation(entitySchemas["provincial-report"], input, {}, [])
        .issues.map((issue) => issue.code)
        .filter((code) => code.startsWith("signature."));
    expect(signatureCodes({ ...headless, subject })).toEqual(["signature.collective-tm", "signature.head-title"]);
    expect(signatureCodes({ ...headless, subject: " " })).toEqual(["signature.collective-tm", "signature.head-title"]);
    expect(signatureCodes({ ...headless, subject: " ", signature: { name: "A" } })).toEqual([]);
    expect(signatureCodes({ ...headless, subject: " ", issuer: "" })).toEqual([]);
  });
});
