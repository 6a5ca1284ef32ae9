export type { ElectronicSignature, ElectronicSignatureOptions } from "./blocks/electronicSignature.ts";
export { forwardingLetter } from "./documents/forwardingLetter.ts";
export { type RenderBudgetEstimateOptions, renderBudgetEstimate } from "./documents/renderBudgetEstimate.ts";
export {
  type RenderCommitteeDecisionOptions,
  renderCommitteeDecision,
} from "./documents/renderCommitteeDecision.ts";
export { type RenderForwardingLetterOptions, renderForwardingLetter } from "./documents/renderForwardingLetter.ts";
export { type RenderInvitationOptions, renderInvitation } from "./documents/renderInvitation.ts";
export { type RenderNationalSummaryOptions, renderNationalSummary } from "./documents/renderNationalSummary.ts";
export { type RenderOfficialLetterOptions, renderOfficialLetter } from "./documents/renderOfficialLetter.ts";
export { type RenderPlanOptions, renderPlan } from "./documents/renderPlan.ts";
export { type RenderReportOptions, renderReport } from "./documents/renderReport.ts";
export { type RenderSubmissionOptions, renderSubmission } from "./documents/renderSubmission.ts";
export {
  customPropertyNames,
  OFFICIAL_LETTER_TEMPLATE_ID,
  SDK_VERSION,
} from "./docx/customProperties.ts";
export { readDocxText } from "./docx/readDocxText.ts";
export { type FixDocxOptions, type FixDocxResult, fixDocx } from "./fix/fixDocx.ts";
export type { RenderLanguageOptions } from "./input/RenderLanguageOptions.ts";
export { TemplateError, type TemplateErrorDetails, type TemplateInputIssue } from "./input/TemplateError.ts";
export { type TemplateErrorCode, templateErrorCodes } from "./input/templateErrorCodes.ts";
export type { DocxKind } from "./lint/documentKindOf.ts";
export { type LintDocxOptions, type LintDocxResult, type LintedDocx, lintDocx } from "./lint/lintDocx.ts";
export {
  type LayoutBasis,
  type LayoutUnit,
  type LayoutValue,
  type Nd30Profile,
  nd30Profile,
} from "./nd30Profile.ts";
export { type TemplateId, templateIds } from "./templateIds.ts";
export { estimateTextWidth, type TextWidthOptions } from "./text/estimateTextWidth.ts";
