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
import { findEdition } from "../entities/edition/findEdition.ts";
import { validateForwardingRequest } from "../entities/forwardingRequest/validateForwardingRequest.ts";
import { validateInvitation } from "../entities/invitation/validateInvitation.ts";
import { summarizeReports } from "../entities/nationalSummary/summarizeReports.ts";
import { validateNationalSummaryMeta } from "../entities/nationalSummary/validateNationalSummaryMeta.ts";
import { validateOfficialLetter } from "../entities/officialLetter/validateOfficialLetter.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import { provincialReportSchema } from "../entities/provincialReport/ProvincialReport.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { validateSubmission } from "../entities/submission/validateSubmission.ts";
import { toJsonSchema } from "../entities/toJsonSchema.ts";
import { DomainError } from "../errors/DomainError.ts";
import { labelOf } from "../i18n/labelOf.ts";
import { moneyInWords } from "../i18n/moneyInWords.ts";
import { migrate } from "../migration/migrate.ts";
import { lintDateLine } from "../nd30/lintDateLine.ts";
import { lintRecipientList } from "../nd30/lintRecipientList.ts";
import { parseDateLine } from "../nd30/parseDateLine.ts";
import { parseDocumentNumber } from "../nd30/parseDocumentNumber.ts";
import { checkOptions } from "./checkOptions.ts";
import { knownValidOptions } from "./knownValidOptions.ts";

type Call = (options: any) => unknown;
const withLanguage: Record<string, Call> = {
  validateReport: (options) => validateReport(sampleReport2020, options),
  validatePlan: (options) => validatePlan(samplePlan2020, options),
  validateDirective: (options) => validateDirective(directive2020, options),
  validateOfficialLetter: (options) => validateOfficialLetter(directive2020.letter, options),
  validateBudgetEstimate: (options) => validateBudgetEstimate(sampleBudgetEstimate2020, options),
  validateSubmission: (options) => validateSubmission(sampleSubmission2020, options),
  validateCommitteeDecision: (options) => validateCommitteeDecision(sampleCommitteeDecision2020, options),
  validateInvitation: (options) => validateInvitation(sampleInvitation2020, options),
  validateNationalSummaryMeta: (options) => validateNationalSummaryMeta(sampleNationalSummaryMeta2020, options),
  validateForwardingRequest: (options) =>
    validateForwardingRequest(sampleForwardingRequest2020, { directive: directive2020, ...options }),
  summarizeReports: (options) => summarizeReports([sampleReport2020], { year: 2020, ...options }),
  labelOf: (options) => labelOf("actor", "department-of-education", options),
  lintDateLine: (options) => lintDateLine("Hà Nội, ngày 05 tháng 01 năm 2020", options),
  parseDateLine: (options) => parseDateLine("Hà Nội, ngày 05 tháng 01 năm 2020", options),
  parseDocumentNumber: (options) => parseDocumentNumber("Số: 05/KH-UBND", options),
  lintRecipientList: (options) => lintRecipientList(["Như trên;", "Lưu: VT, GDTX."], options),
  migrate: (options) => migrate(provincialReportSchema, sampleReport2020, options),
};
const codeOf = (call: () => unknown) => {
  try {
    call();
    return "ok";
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe("checkOptions", () => {
  it("accepts no options, and a valid directive and deadline", () => {
    expect(() => checkOptions("f", undefined)).not.toThrow();
    expect(() =>
      checkOptions("f", { directive: directive2020, deadline: { kind: "noLaterThan", date: "2020-10-29" } }),
    ).not.toThrow();
  });

  it("takes the shipped directive2020 without parsing it, as a copy of it passes the whole check", () => {
    expect(knownValidOptions.has(directive2020)).toBe(true);
    expect(() => checkOptions("f", { directive: structuredClone(directive2020) }, "directive")).not.toThrow();
    expect(() => checkOptions("f", { directive: structuredClone(directive2020) })).not.toThrow();
  });

  it("throws domain.invalid-option, naming the caller, for a directive or deadline that is not one", () => {
    for (const options of [null, 5, { directive: "x" }, { directive: { year: 2020 } }, { deadline: { kind: "zzz" } }]) {
      expect(() => checkOptions("validatePlan", options)).toThrow(
        expect.objectContaining({ code: "domain.invalid-option", message: expect.stringMatching(/^validatePlan: /) }),
      );
    }
    expect(codeOf(() => checkOptions("f", {}, "directive"))).toBe("domain.invalid-option");
  });

  it("makes every validator and translator that takes lang throw a DomainError, never a TypeError", () => {
    for (const [name, call] of Object.entries(withLanguage)) {
      expect(
        codeOf(() => call({})),
        name,
      ).toBe("ok");
      expect(
        codeOf(() => call({ lang: "en" })),
        name,
      ).toBe("ok");
      expect(
        codeOf(() => call({ lang: "fr" })),
        name,
      ).toBe("domain.unsupported-language");
      expect(
        codeOf(() => call({ i18n: 5 })),
        name,
      ).toBe("domain.invalid-option");
    }
    for (const name of ["validateReport", "validatePlan", "validateForwardingRequest", "summarizeReports"]) {
      expect(
        codeOf(() => withLanguage[name]!({ directive: { year: 2020 } })),
        name,
      ).toBe("domain.invalid-option");
      expect(
        codeOf(() => withLanguage[name]!({ deadline: { kind: "by" } })),
        name,
      ).toBe("domain.invalid-option");
    }
    expect(codeOf(() => validateReport(sampleReport2020, null as never))).toBe("domain.invalid-option");
    expect(codeOf(() => moneyInWords(5, null as never))).toBe("domain.invalid-option");
    expect(codeOf(() => findEdition(2020, { editions: 5 } as never))).toBe("domain.invalid-option");
    expect(codeOf(() => lintRecipientList(["Như trên"], undefined as never))).toBe("domain.invalid-option");
    expect(codeOf(() => toJsonSchema("report" as never))).toBe("domain.invalid-argument");
    expect(codeOf(() => toJsonSchema("toString" as never))).toBe("domain.invalid-argument");
  });
});
