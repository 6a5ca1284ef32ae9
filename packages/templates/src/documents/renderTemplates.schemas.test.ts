import {
  type CommitteeDecision,
  type Invitation,
  type ProvincialPlan,
  type Submission,
  sampleCommitteeDecision2020,
  sampleInvitation2020,
  samplePlan2020,
  sampleSubmission2020,
  summarizeReports,
} from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { validateDocxes } from "../../../../test/ooxml/validateDocx.ts";
import { renderSamples, sampleRenders } from "../testing/sampleRenders.ts";

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
const draftSubmission: Submission = { ...sampleSubmission2020, urgency: "KHẨN" };
delete (draftSubmission as { number?: number }).number;
const urgentDecision: CommitteeDecision = { ...sampleCommitteeDecision2020, urgency: "HỎA TỐC" };

describe("every template's output", () => {
  it("passes the OOXML schemas: document and every header valid, other parts well-formed", async () => {
    const { plan, submission, summary, decision, invitation } = sampleRenders;
    const documents: Record<string, Uint8Array> = {
      ...(await renderSamples()),
      "draft plan": await plan.render(draftPlan, {}),
      "urgent draft submission": await submission.render(draftSubmission),
      "empty summary": await summary.render(summarizeReports([], { year: 2020 })),
      "urgent decision": await decision.render(urgentDecision),
      "stamped draft invitation": await invitation.render(stampedInvitation),
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
