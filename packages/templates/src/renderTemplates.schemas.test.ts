import {
  type CommitteeDecision,
  directive2020,
  type Invitation,
  type ProvincialPlan,
  type Submission,
  sampleBudgetEstimate2020,
  sampleCommitteeDecision2020,
  sampleForwardingRequest2020,
  sampleInvitation2020,
  sampleNationalSummaryMeta2020,
  samplePlan2020,
  sampleReport2020,
  sampleSubmission2020,
  summarizeReports,
} from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { validateDocxes } from "../../../test/ooxml/validateDocx.ts";
import { renderBudgetEstimate } from "./renderBudgetEstimate.ts";
import { renderCommitteeDecision } from "./renderCommitteeDecision.ts";
import { renderForwardingLetter } from "./renderForwardingLetter.ts";
import { renderInvitation } from "./renderInvitation.ts";
import { renderNationalSummary } from "./renderNationalSummary.ts";
import { renderPlan } from "./renderPlan.ts";
import { renderReport } from "./renderReport.ts";
import { renderSubmission } from "./renderSubmission.ts";

const draftPlan: ProvincialPlan = { ...samplePlan2020, budget: [], constraints: [] };
delete (draftPlan as { number?: number }).number;
delete (draftPlan as { budgetTotal?: number }).budgetTotal;
const stampedInvitation: Invitation = {
  ...sampleInvitation2020,
  urgency: "THƯỢNG KHẨN",
  circulation: "XEM XONG TRẢ LẠI",
  drafter: { initials: "GDTX", copies: 40 },
};
delete (stampedInvitation as { number?: number }).number;
const planWithAppendix: ProvincialPlan = {
  ...samplePlan2020,
  issuerName: "Sở Giáo dục và Đào tạo",
  budgetEstimate: sampleSubmission2020.budgetEstimate,
};
const draftSubmission: Submission = { ...sampleSubmission2020, urgency: "KHẨN" };
delete (draftSubmission as { number?: number }).number;
const urgentDecision: CommitteeDecision = { ...sampleCommitteeDecision2020, urgency: "HỎA TỐC" };

describe("every template's output", () => {
  it("passes the OOXML schemas: document and every header valid, other parts well-formed", async () => {
    const documents: Record<string, Uint8Array> = {
      plan: await renderPlan(samplePlan2020, { directive: directive2020 }),
      "draft plan": await renderPlan(draftPlan),
      "plan with an appendix": await renderPlan(planWithAppendix, { directive: directive2020 }),
      submission: await renderSubmission(sampleSubmission2020),
      "urgent draft submission": await renderSubmission(draftSubmission),
      report: await renderReport(sampleReport2020, { directive: directive2020 }),
      summary: await renderNationalSummary(
        summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 }),
        sampleNationalSummaryMeta2020,
      ),
      "empty summary": await renderNationalSummary(summarizeReports([], { year: 2020 }), sampleNationalSummaryMeta2020),
      decision: await renderCommitteeDecision(sampleCommitteeDecision2020),
      "urgent decision": await renderCommitteeDecision(urgentDecision),
      invitation: await renderInvitation(sampleInvitation2020),
      "stamped draft invitation": await renderInvitation(stampedInvitation),
      estimate: await renderBudgetEstimate(sampleBudgetEstimate2020),
      forwarding: await renderForwardingLetter(directive2020, sampleForwardingRequest2020),
    };
    const names = Object.keys(documents);
    const results = await validateDocxes(Object.values(documents));
    results.forEach((result, index) => {
      expect(result.problems, names[index]).toEqual([]);
      expect(result.schemaValidated, names[index]).toContain("word/document.xml");
    });
    // A document with an appendix has its own headers for the appendix section.
    for (const name of ["decision", "plan with an appendix", "submission"]) {
      expect(
        results[names.indexOf(name)]?.schemaValidated.filter((part) => part.includes("header")),
        name,
      ).toHaveLength(4);
    }
  }, 30_000);
});
