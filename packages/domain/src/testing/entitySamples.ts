import { directive2020 } from "../data/directive2020.ts";
import { sampleBudgetEstimate2020 } from "../data/sampleBudgetEstimate2020.ts";
import { sampleCommitteeDecision2020 } from "../data/sampleCommitteeDecision2020.ts";
import { sampleForwardingRequest2020 } from "../data/sampleForwardingRequest2020.ts";
import { sampleInvitation2020 } from "../data/sampleInvitation2020.ts";
import { sampleNationalSummaryMeta2020 } from "../data/sampleNationalSummaryMeta2020.ts";
import { samplePlan2020 } from "../data/samplePlan2020.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import { sampleSubmission2020 } from "../data/sampleSubmission2020.ts";
import type { EntityId } from "../entities/entityIds.ts";
import { summarizeReports } from "../entities/nationalSummary/summarizeReports.ts";

/** A valid sample of every entity, by its id: what the tests of all schemas start from. */
export const entitySamples = {
  directive: directive2020,
  "official-letter": directive2020.letter,
  "provincial-plan": samplePlan2020,
  "provincial-report": sampleReport2020,
  "committee-decision": sampleCommitteeDecision2020,
  invitation: sampleInvitation2020,
  "budget-estimate": sampleBudgetEstimate2020,
  "national-summary-meta": sampleNationalSummaryMeta2020,
  "forwarding-request": sampleForwardingRequest2020,
  submission: sampleSubmission2020,
  "national-summary": summarizeReports([sampleReport2020, { ...sampleReport2020, province: "01", symbol: "" }], {
    year: 2020,
    directive: directive2020,
  }),
} as const satisfies Record<EntityId, unknown>;
