import {
  type BudgetEstimateInput,
  type CommitteeDecisionInput,
  directive2020,
  type ForwardingRequestInput,
  type InvitationInput,
  type NationalSummary,
  type OfficialLetterInput,
  type ProvincialPlanInput,
  type ProvincialReportInput,
  type SubmissionInput,
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
import { type RenderBudgetEstimateOptions, renderBudgetEstimate } from "../documents/renderBudgetEstimate.ts";
import { type RenderCommitteeDecisionOptions, renderCommitteeDecision } from "../documents/renderCommitteeDecision.ts";
import { type RenderForwardingLetterOptions, renderForwardingLetter } from "../documents/renderForwardingLetter.ts";
import { type RenderInvitationOptions, renderInvitation } from "../documents/renderInvitation.ts";
import { type RenderNationalSummaryOptions, renderNationalSummary } from "../documents/renderNationalSummary.ts";
import { type RenderOfficialLetterOptions, renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { type RenderPlanOptions, renderPlan } from "../documents/renderPlan.ts";
import { type RenderReportOptions, renderReport } from "../documents/renderReport.ts";
import { type RenderSubmissionOptions, renderSubmission } from "../documents/renderSubmission.ts";
import { type TemplateId, templateIds } from "../templateIds.ts";

type Rendered = Promise<Uint8Array<ArrayBuffer>>;

/** Test helper: a render function with its sample, the entity it is given and the options given with it. */
export interface SampleRender<Entity, Options> {
  readonly templateId: TemplateId;
  /** The entity the render function takes first: the built-in sample. */
  readonly sample: Entity;
  /** The options the sample is rendered with (the directive, the summary's meta…). */
  readonly options: Options;
  /** Renders `entity` (the sample, a variant, hostile input) with `options`, the sample's by default. */
  readonly render: (entity: Entity, options?: Options) => Rendered;
  /** Renders the sample with its options. */
  readonly renderSample: () => Rendered;
}

const sampleRender = <Entity, Options>(
  templateId: TemplateId,
  sample: Entity,
  options: Options,
  render: (entity: Entity, options: Options) => Rendered,
): SampleRender<Entity, Options> => ({
  templateId,
  sample,
  options,
  render: (entity, given = options) => render(entity, given),
  renderSample: () => render(sample, options),
});

/** The national summary of the sample report alone. */
export const sampleSummary: NationalSummary = summarizeReports([sampleReport2020], {
  year: 2020,
  directive: directive2020,
});

/** The sample plan with the sample tờ trình's dự toán as its appendix. */
export const samplePlanWithAppendix: ProvincialPlanInput = {
  ...samplePlan2020,
  issuerName: "Sở Giáo dục và Đào tạo",
  budgetEstimate: sampleSubmission2020.budgetEstimate,
};

/**
 * Test helper: every render function with its built-in sample, by the name the tests give it. The tests that render
 * every template (OOXML schemas, fixDocx, hostile and arbitrary input, the printed samples) read this one table.
 */
export const sampleRenders = {
  letter: sampleRender<OfficialLetterInput, RenderOfficialLetterOptions>(
    templateIds.officialLetter,
    directive2020.letter,
    {},
    renderOfficialLetter,
  ),
  forwarding: sampleRender<ForwardingRequestInput, RenderForwardingLetterOptions>(
    templateIds.forwardingLetter,
    sampleForwardingRequest2020,
    { directive: directive2020 },
    (request, options) => renderForwardingLetter(request, options),
  ),
  plan: sampleRender<ProvincialPlanInput, RenderPlanOptions>(
    templateIds.plan,
    samplePlan2020,
    { directive: directive2020 },
    renderPlan,
  ),
  "plan with an appendix": sampleRender<ProvincialPlanInput, RenderPlanOptions>(
    templateIds.plan,
    samplePlanWithAppendix,
    { directive: directive2020 },
    renderPlan,
  ),
  report: sampleRender<ProvincialReportInput, RenderReportOptions>(
    templateIds.report,
    sampleReport2020,
    { directive: directive2020 },
    renderReport,
  ),
  decision: sampleRender<CommitteeDecisionInput, RenderCommitteeDecisionOptions>(
    templateIds.committeeDecision,
    sampleCommitteeDecision2020,
    {},
    renderCommitteeDecision,
  ),
  invitation: sampleRender<InvitationInput, RenderInvitationOptions>(
    templateIds.invitation,
    sampleInvitation2020,
    {},
    renderInvitation,
  ),
  estimate: sampleRender<BudgetEstimateInput, RenderBudgetEstimateOptions>(
    templateIds.budgetEstimate,
    sampleBudgetEstimate2020,
    {},
    renderBudgetEstimate,
  ),
  submission: sampleRender<SubmissionInput, RenderSubmissionOptions>(
    templateIds.submission,
    sampleSubmission2020,
    {},
    renderSubmission,
  ),
  summary: sampleRender<NationalSummary, RenderNationalSummaryOptions>(
    templateIds.nationalSummary,
    sampleSummary,
    { meta: sampleNationalSummaryMeta2020 },
    (summary, options) => renderNationalSummary(summary, options),
  ),
} as const;

/** The name of a {@link sampleRenders} entry. */
export type SampleName = keyof typeof sampleRenders;

/** Test helper: every sample rendered, by name, in the table's order. */
export const renderSamples = async (): Promise<Record<SampleName, Uint8Array<ArrayBuffer>>> => {
  const rendered: Partial<Record<SampleName, Uint8Array<ArrayBuffer>>> = {};
  for (const [name, entry] of Object.entries(sampleRenders)) rendered[name as SampleName] = await entry.renderSample();
  return rendered as Record<SampleName, Uint8Array<ArrayBuffer>>;
};
