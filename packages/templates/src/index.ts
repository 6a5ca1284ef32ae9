export type { ElectronicSignature, ElectronicSignatureOptions } from "./electronicSignature.ts";
export { estimateTextWidth, type TextWidthOptions } from "./estimateTextWidth.ts";
export { type FixDocxOptions, type FixDocxResult, fixDocx } from "./fix/fixDocx.ts";
export { forwardingLetter } from "./forwardingLetter.ts";
export type { DocxKind } from "./lint/documentKindOf.ts";
export { type LintDocxOptions, type LintDocxResult, lintDocx } from "./lint/lintDocx.ts";
export {
  type LayoutBasis,
  type LayoutUnit,
  type LayoutValue,
  type Nd30Profile,
  nd30Profile,
} from "./nd30Profile.ts";
export {
  customPropertyNames,
  OFFICIAL_LETTER_TEMPLATE_ID,
  SDK_VERSION,
} from "./officialLetterTemplate.ts";
export type { RenderLanguageOptions } from "./RenderLanguageOptions.ts";
export { readDocxText } from "./readDocxText.ts";
export { type RenderBudgetEstimateOptions, renderBudgetEstimate } from "./renderBudgetEstimate.ts";
export {
  type RenderCommitteeDecisionOptions,
  renderCommitteeDecision,
} from "./renderCommitteeDecision.ts";
export { type RenderForwardingLetterOptions, renderForwardingLetter } from "./renderForwardingLetter.ts";
export { type RenderInvitationOptions, renderInvitation } from "./renderInvitation.ts";
export { type RenderNationalSummaryOptions, renderNationalSummary } from "./renderNationalSummary.ts";
export { type RenderOfficialLetterOptions, renderOfficialLetter } from "./renderOfficialLetter.ts";
export { type RenderPlanOptions, renderPlan } from "./renderPlan.ts";
export { type RenderReportOptions, renderReport } from "./renderReport.ts";
export { type RenderSubmissionOptions, renderSubmission } from "./renderSubmission.ts";
export { TemplateError, type TemplateErrorDetails, type TemplateInputIssue } from "./TemplateError.ts";
export { type TemplateErrorCode, templateErrorCodes } from "./templateErrorCodes.ts";
export { type TemplateId, templateIds } from "./templateIds.ts";
