import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directive2020 } from "../data/directive2020.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import { validateBudgetEstimate } from "../entities/budgetEstimate/validateBudgetEstimate.ts";
import { validateCommitteeDecision } from "../entities/committeeDecision/validateCommitteeDecision.ts";
import { validateDirective } from "../entities/directive/validateDirective.ts";
import type { EntityId } from "../entities/entityIds.ts";
import { validateForwardingRequest } from "../entities/forwardingRequest/validateForwardingRequest.ts";
import { validateInvitation } from "../entities/invitation/validateInvitation.ts";
import { validateNationalSummary } from "../entities/nationalSummary/validateNationalSummary.ts";
import { validateNationalSummaryMeta } from "../entities/nationalSummary/validateNationalSummaryMeta.ts";
import { validateOfficialLetter } from "../entities/officialLetter/validateOfficialLetter.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { validateSubmission } from "../entities/submission/validateSubmission.ts";
import type { LanguageOptions } from "../i18n/createTranslator.ts";
import type { ValidationResult } from "../rules/Issue.ts";
import { entitySamples } from "../testing/entitySamples.ts";
import { standardSchemaOf } from "./standardSchemaOf.ts";

type Validator = (input: unknown, options: LanguageOptions) => ValidationResult<unknown>;

const validators: Record<EntityId, Validator> = {
  directive: validateDirective,
  "official-letter": validateOfficialLetter,
  "provincial-plan": (input, options) => validatePlan(input, { ...options, directive: directive2020 }),
  "provincial-report": (input, options) => validateReport(input, { ...options, directive: directive2020 }),
  "committee-decision": validateCommitteeDecision,
  invitation: validateInvitation,
  "budget-estimate": validateBudgetEstimate,
  "national-summary-meta": validateNationalSummaryMeta,
  "forwarding-request": (input, options) => validateForwardingRequest(input, { ...options, directive: directive2020 }),
  submission: validateSubmission,
  "national-summary": validateNationalSummary,
};
const ids = Object.keys(validators) as EntityId[];

const late = { ...sampleReport2020, submittedAt: "2020-11-02T09:00:00+07:00" };
const reportSchema = standardSchemaOf(validateReport, { directive: directive2020, lang: "en" });

/** A sample of an entity, as is or with some of its fields replaced by anything: valid, warned about or refused. */
const editedSample = fc.oneof(
  fc.constantFrom(...ids).map((id) => ({ id, input: entitySamples[id] as unknown })),
  fc
    .tuple(fc.date({ min: new Date("2020-09-01"), max: new Date("2020-12-31"), noInvalidDate: true }), fc.string())
    .map(([date, difficulty]) => ({
      id: "provincial-report" as EntityId,
      input: { ...sampleReport2020, submittedAt: date.toISOString(), difficulties: [difficulty] } as unknown,
    })),
  fc
    .tuple(
      fc.constantFrom(...ids),
      fc.dictionary(
        fc.string({ maxLength: 3 }),
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        ),
        { maxKeys: 3 },
      ),
      fc.boolean(),
    )
    .map(([id, noise, intoSampleFields]) => {
      const sample = entitySamples[id] as Record<string, unknown>;
      const keys = Object.keys(sample);
      const edits = intoSampleFields
        ? Object.fromEntries(Object.values(noise).map((value, index) => [keys[index % keys.length], value]))
        : noise;
      return { id, input: { ...sample, ...edits } as unknown };
    }),
);

describe("standardSchemaOf", () => {
  it("is a Standard Schema v1 object of the vendor xhht", () => {
    expect(reportSchema["~standard"].version).toBe(1);
    expect(reportSchema["~standard"].vendor).toBe("xhht");
    expect(typeof reportSchema["~standard"].validate).toBe("function");
  });

  it("passes a valid entity with the validator's normalised value", () => {
    const result = reportSchema["~standard"].validate(sampleReport2020);
    expect(result).toEqual({ value: validateReport(sampleReport2020, { directive: directive2020 }).value });
    expect(result.issues).toBeUndefined();
  });

  it("passes a late report: a warning does not fail a Standard Schema, and is left out", () => {
    expect(validateReport(late, { directive: directive2020 }).issues.map((issue) => issue.severity)).toEqual([
      "warning",
    ]);
    expect(reportSchema["~standard"].validate(late)).toEqual({
      value: validateReport(late, { directive: directive2020 }).value,
    });
  });

  it("fails with the rules' errors, not only the schema's, in the language asked for", () => {
    const foreign = { ...sampleReport2020, province: "99" };
    const { issues } = reportSchema["~standard"].validate(foreign);
    expect(issues?.map((issue) => [issue.code, issue.path])).toEqual([["province.unknown", ["province"]]]);
    const vi = standardSchemaOf(validateReport, { directive: directive2020 })["~standard"].validate(foreign);
    expect(vi.issues?.[0]?.message).not.toBe(issues?.[0]?.message);
    expect(issues?.[0]?.message).toBe(validateReport(foreign, { lang: "en" }).issues[0]?.message);
  });

  it("keeps only the errors of a refused entity, warnings left out", () => {
    const refused = { ...late, province: "99" };
    const all = validateReport(refused, { directive: directive2020, lang: "en" }).issues;
    expect(all.map((issue) => issue.severity)).toEqual(expect.arrayContaining(["error", "warning"]));
    expect(reportSchema["~standard"].validate(refused).issues).toEqual(all.filter((i) => i.severity === "error"));
  });

  it("fails on what is no entity at all, never throwing", () => {
    for (const input of [undefined, null, 0, "", [], {}]) {
      expect(reportSchema["~standard"].validate(input).issues?.length).toBeGreaterThan(0);
    }
  });

  it("agrees with its validator on any input: passes exactly when ok, with the same messages and paths", () => {
    const seen = { passed: 0, passedWithIssues: 0, failed: 0 };
    fc.assert(
      fc.property(editedSample, fc.constantFrom("vi" as const, "en" as const), ({ id, input }, lang) => {
        const validator = validators[id];
        const expected = validator(input, { lang });
        const result = standardSchemaOf(validator, { lang })["~standard"].validate(input);
        if (expected.ok) {
          seen.passed += 1;
          if (expected.issues.length > 0) seen.passedWithIssues += 1;
          expect(result).toEqual({ value: expected.value });
        } else {
          seen.failed += 1;
          const errors = expected.issues.filter((issue) => issue.severity === "error");
          expect(errors.length).toBeGreaterThan(0);
          expect(result.issues?.map(({ message, path }) => ({ message, path }))).toEqual(
            errors.map(({ message, path }) => ({ message, path })),
          );
        }
      }),
      { numRuns: 300 },
    );
    expect(seen.passed).toBeGreaterThan(0);
    expect(seen.passedWithIssues).toBeGreaterThan(0);
    expect(seen.failed).toBeGreaterThan(0);
  });

  it("checks its options when it is made, as its validator does", () => {
    expect(() => standardSchemaOf(validateReport, { lang: "fr" } as never)).toThrow(
      expect.objectContaining({ code: "domain.unsupported-language" }),
    );
    expect(() => standardSchemaOf(validateForwardingRequest, {} as never)).toThrow(
      expect.objectContaining({ code: "domain.invalid-option" }),
    );
  });

  it("runs the validator again on every call, so one schema serves a form's every change", () => {
    const validate = reportSchema["~standard"].validate;
    expect(validate(sampleReport2020).issues).toBeUndefined();
    expect(validate({ ...sampleReport2020, province: "99" }).issues).toHaveLength(1);
    expect(validate(sampleReport2020).issues).toBeUndefined();
  });
});
