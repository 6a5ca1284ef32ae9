import type { EntityId } from "@xhht/domain";

type Domain = typeof import("@xhht/domain");

/** Data of @xhht/domain that `xhht sample` prints for an entity and a year, to start one's own from. */
export interface SampleSource {
  readonly kind: EntityId;
  readonly year: number;
  /** Whether the SDK invented it for illustration (SAMPLE data), rather than holding a real document. */
  readonly invented: boolean;
  readonly pick: (domain: Domain) => unknown;
}

const invented = (kind: EntityId, year: number, pick: SampleSource["pick"]): SampleSource => ({
  kind,
  year,
  invented: true,
  pick,
});

/** Every sample of @xhht/domain by entity and year, and the 2020 letter, which is real. */
export const sampleSources: readonly SampleSource[] = [
  invented("provincial-report", 2020, (domain) => domain.sampleReport2020),
  invented("provincial-report", 2024, (domain) => domain.sampleReport2024),
  invented("provincial-report", 2025, (domain) => domain.sampleReport2025),
  invented("provincial-plan", 2020, (domain) => domain.samplePlan2020),
  invented("provincial-plan", 2024, (domain) => domain.samplePlan2024),
  invented("provincial-plan", 2025, (domain) => domain.samplePlan2025),
  { kind: "directive", year: 2020, invented: false, pick: (domain) => domain.directive2020 },
  { kind: "official-letter", year: 2020, invented: false, pick: (domain) => domain.directive2020.letter },
  invented("committee-decision", 2020, (domain) => domain.sampleCommitteeDecision2020),
  invented("invitation", 2020, (domain) => domain.sampleInvitation2020),
  invented("budget-estimate", 2020, (domain) => domain.sampleBudgetEstimate2020),
  invented("submission", 2020, (domain) => domain.sampleSubmission2020),
  invented("national-summary-meta", 2020, (domain) => domain.sampleNationalSummaryMeta2020),
  invented("national-summary", 2020, (domain) =>
    domain.summarizeReports([domain.sampleReport2020], { year: 2020, directive: domain.directive2020 }),
  ),
  invented("forwarding-request", 2020, (domain) => domain.sampleForwardingRequest2020),
];
