import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
import { migrate } from "../migration/migrate.ts";
import type { Issue } from "./Issue.ts";

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
