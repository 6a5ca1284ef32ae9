import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expectTypeOf, it } from "vitest";
import { directive2020 } from "../data/directive2020.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import type { Directive } from "../entities/directive/Directive.ts";
import { validateDirective } from "../entities/directive/validateDirective.ts";
import { validateForwardingRequest } from "../entities/forwardingRequest/validateForwardingRequest.ts";
import type { NationalSummary } from "../entities/nationalSummary/summarizeReports.ts";
import { validateNationalSummary } from "../entities/nationalSummary/validateNationalSummary.ts";
import type { ProvincialPlan } from "../entities/provincialPlan/ProvincialPlan.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import type { ProvincialReport, ProvincialReportInput } from "../entities/provincialReport/ProvincialReport.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import type { IssueCode } from "../rules/Issue.ts";
import type { StandardSchema } from "./StandardSchema.ts";
import { standardSchemaOf } from "./standardSchemaOf.ts";

describe("standardSchemaOf", () => {
  it("is a StandardSchemaV1 of @standard-schema/spec, with the entity as input and output", () => {
    const schema = standardSchemaOf(validateReport, { directive: directive2020, lang: "en" });
    expectTypeOf(schema).toExtend<StandardSchemaV1>();
    expectTypeOf(schema).toExtend<StandardSchemaV1<ProvincialReport, ProvincialReport>>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof schema>>().toEqualTypeOf<ProvincialReport>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof schema>>().toEqualTypeOf<ProvincialReport>();
  });

  it("infers the output of every kind of validator, with or without options", () => {
    expectTypeOf(standardSchemaOf(validatePlan)).toEqualTypeOf<StandardSchema<ProvincialPlan>>();
    expectTypeOf(standardSchemaOf(validateDirective, { lang: "vi" })).toEqualTypeOf<StandardSchema<Directive>>();
    expectTypeOf(standardSchemaOf(validateNationalSummary)).toEqualTypeOf<StandardSchema<NationalSummary>>();
  });

  it("takes only the validator's own options, required where the validator requires them", () => {
    standardSchemaOf(validateForwardingRequest, { directive: directive2020 });
    // @ts-expect-error validateForwardingRequest requires its directive
    standardSchemaOf(validateForwardingRequest);
    // @ts-expect-error validatePlan takes no `directive` of a report
    standardSchemaOf(validatePlan, { deadline: { kind: "before", date: "2020-10-20" } });
    // @ts-expect-error "fr" is no language of the SDK
    standardSchemaOf(validateReport, { lang: "fr" });
  });

  it("widens to the entity's input type, for a form that holds it", () => {
    const schema: StandardSchema<ProvincialReportInput, ProvincialReport> = standardSchemaOf(validateReport);
    expectTypeOf(schema).toExtend<StandardSchemaV1<ProvincialReportInput, ProvincialReport>>();
  });

  it("fits a form library's validator slot, typed by the form's data as TanStack Form types it", () => {
    const useFormValidator = <FormData>(_data: FormData, _validator: StandardSchemaV1<FormData, unknown>) => undefined;
    useFormValidator(sampleReport2020 as ProvincialReport, standardSchemaOf(validateReport));
    // @ts-expect-error a plan's schema does not validate a report's form
    useFormValidator(sampleReport2020 as ProvincialReport, standardSchemaOf(validatePlan));
  });

  it("gives a synchronous result whose issues are the SDK's issues", () => {
    const result = standardSchemaOf(validateReport)["~standard"].validate({});
    expectTypeOf(result).toExtend<StandardSchemaV1.Result<ProvincialReport>>();
    if (result.issues !== undefined) expectTypeOf(result.issues[0]?.code).toEqualTypeOf<IssueCode | undefined>();
  });
});
