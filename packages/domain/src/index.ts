export type { ActorSuccession } from "./admin/ActorSuccession.ts";
export { actorInForce } from "./admin/actorInForce.ts";
export { type DutiesInForce, dutiesInForce, type MovedDuty } from "./admin/dutiesInForce.ts";
export { findProvince } from "./admin/findProvince.ts";
export { hasDistrictTier } from "./admin/hasDistrictTier.ts";
export { namesDistrictTier } from "./admin/namesDistrictTier.ts";
export { type Province, type ProvinceKind, provinceKinds } from "./admin/Province.ts";
export { predecessorProvinces } from "./admin/predecessorProvinces.ts";
export { provinceHistory } from "./admin/provinceHistory.ts";
export { provinces } from "./admin/provinces.ts";
export { successorProvince } from "./admin/successorProvince.ts";
export { type BudgetEstimate, type BudgetEstimateInput, budgetEstimateSchema } from "./BudgetEstimate.ts";
export { boundedString } from "./boundedString.ts";
export {
  type CommitteeDecision,
  type CommitteeDecisionInput,
  type CommitteeMember,
  type CommitteeRole,
  committeeDecisionSchema,
  committeeMemberSchema,
  committeeRoles,
} from "./CommitteeDecision.ts";
export { createIssue } from "./createIssue.ts";
export {
  createTranslator,
  type Language,
  type LanguageOptions,
  languages,
  type Translate,
} from "./createTranslator.ts";
export {
  type ActorCode,
  type ActorDuty,
  actorCodes,
  actorDutySchema,
  type Directive,
  type DirectiveActivity,
  type DirectiveInput,
  directiveActivitySchema,
  directiveSchema,
  type LegalReference,
  legalReferenceSchema,
} from "./Directive.ts";
export { DomainError } from "./DomainError.ts";
export { type ActivityCode, activityCatalogue, type CatalogueEntry } from "./data/activityCatalogue.ts";
export { actorSuccessions } from "./data/actorSuccessions.ts";
export { directive2020 } from "./data/directive2020.ts";
export { copyKinds, documentTypes, signingAuthorityPrefixes } from "./data/documentTypes.ts";
export { editions } from "./data/editions.ts";
export { layoutRules } from "./data/layoutRules.ts";
export { legalDocuments } from "./data/legalDocuments.ts";
export { migrations } from "./data/migrations.ts";
export { provinceMerger2025 } from "./data/provinces.ts";
export type { LayoutRuleId, RuleId, RuleTarget } from "./data/rules.ts";
export { sampleBudgetEstimate2020 } from "./data/sampleBudgetEstimate2020.ts";
export { sampleCommitteeDecision2020 } from "./data/sampleCommitteeDecision2020.ts";
export { sampleForwardingRequest2020 } from "./data/sampleForwardingRequest2020.ts";
export { sampleInvitation2020 } from "./data/sampleInvitation2020.ts";
export { sampleNationalSummaryMeta2020 } from "./data/sampleNationalSummaryMeta2020.ts";
export { samplePlan2020 } from "./data/samplePlan2020.ts";
export { sampleReport2020 } from "./data/sampleReport2020.ts";
export { sampleSubmission2020 } from "./data/sampleSubmission2020.ts";
export { issuerKinds, signingAuthorityChains } from "./data/signingAuthorityRules.ts";
export { textLimits } from "./data/textLimits.ts";
export {
  type ActivityGroup,
  type ActivityMode,
  type Audience,
  activityGroups,
  activityModes,
  audiences,
  type Measure,
  measures,
  type Venue,
  venues,
} from "./data/vocabulary.ts";
export { type Deadline, deadlineSchema } from "./deadlineSchema.ts";
export {
  documentFields,
  documentSymbol,
  type Signature,
  type SignatureInput,
  signatureSchema,
  signingAuthorities,
} from "./documentFields.ts";
export {
  type CirculationScope,
  type Contact,
  circulationScopes,
  contactSchema,
  type Drafter,
  documentMarks,
  drafterSchema,
  type UrgencyLevel,
  urgencyLevels,
} from "./documentMarks.ts";
export { type DomainErrorCode, domainErrorCodes } from "./domainErrorCodes.ts";
export { type EditionEntry, type EditionInput, editionSchema } from "./Edition.ts";
export {
  type EstimateContent,
  type EstimateContentInput,
  type EstimateLine,
  estimateContentSchema,
  estimateLineSchema,
} from "./EstimateContent.ts";
export {
  type ForwardingRequest,
  type ForwardingRequestInput,
  forwardingRequestSchema,
} from "./ForwardingRequest.ts";
export { findActivity } from "./findActivity.ts";
export { type Edition, type FindEditionOptions, findEdition } from "./findEdition.ts";
export { formatIssuePath } from "./formatIssuePath.ts";
export { getRule } from "./getRule.ts";
export { type Invitation, type InvitationInput, invitationSchema } from "./Invitation.ts";
export type { Issue, IssueCode, LegalBasis, Severity, ValidationResult } from "./Issue.ts";
export { instant } from "./instant.ts";
export { isoDate } from "./isoDate.ts";
export { type EntityName, entitySchemas, toJsonSchema } from "./jsonSchemas.ts";
export { type LabelKind, labelOf } from "./labelOf.ts";
export { type Lateness, lateness } from "./lateness.ts";
export { listRules } from "./listRules.ts";
export type { Migration } from "./Migration.ts";
export { messages } from "./messages.ts";
export { type MigrationResult, migrate } from "./migrate.ts";
export { count, money } from "./money.ts";
export { type MoneyInWordsOptions, moneyInWords } from "./moneyInWords.ts";
export { nationalSummarySchema } from "./NationalSummary.ts";
export {
  type NationalSummaryMeta,
  type NationalSummaryMetaInput,
  nationalSummaryMetaSchema,
} from "./NationalSummaryMeta.ts";
export type { DateLine } from "./nd30/DateLine.ts";
export type { DocumentNumber } from "./nd30/DocumentNumber.ts";
export type { CopyKind, CopyKindCode, DocumentType, DocumentTypeCode } from "./nd30/DocumentType.ts";
export { findDocumentType } from "./nd30/findDocumentType.ts";
export { lintDateLine } from "./nd30/lintDateLine.ts";
export {
  lintRecipientList,
  type RecipientListKind,
  type RecipientListOptions,
  recipientListKinds,
} from "./nd30/lintRecipientList.ts";
export type { ParseResult } from "./nd30/ParseResult.ts";
export { parseDateLine } from "./nd30/parseDateLine.ts";
export { type ParseDocumentNumberOptions, parseDocumentNumber } from "./nd30/parseDocumentNumber.ts";
export {
  type LetterBlock,
  letterBlockSchema,
  type OfficialLetter,
  type OfficialLetterInput,
  officialLetterSchema,
  pointLabel,
} from "./OfficialLetter.ts";
export {
  activityCode,
  type BudgetLine,
  budgetLineSchema,
  type FundingSource,
  fundingSources,
  type PlanActivity,
  type ProvincialPlan,
  type ProvincialPlanInput,
  planActivitySchema,
  provincialPlanSchema,
} from "./ProvincialPlan.ts";
export {
  defaultReportRecipients,
  type MeasureCounts,
  measureCountsSchema,
  type ProvincialReport,
  type ProvincialReportInput,
  provincialReportSchema,
  type ReportActivity,
  reportActivitySchema,
} from "./ProvincialReport.ts";
export { provinceCode } from "./provinceCode.ts";
export type { Rule } from "./Rule.ts";
export {
  type SigningAuthorityKind,
  type SigningAuthorityLine,
  signingAuthorityKinds,
  signingAuthorityLineSchema,
} from "./SigningAuthorityLine.ts";
export { type Submission, type SubmissionInput, submissionSchema } from "./Submission.ts";
export { type SignedDocument, signatureAuthorityIssues } from "./signatureAuthorityIssues.ts";
export { type SourceDocumentEntry, sourceDocumentSchema } from "./sourceDocumentSchema.ts";
export {
  type NationalSummary,
  type SummarizeReportsOptions,
  type SummaryRow,
  summarizeReports,
} from "./summarizeReports.ts";
export { hasXmlIllegalCharacter, line, lineUpTo, shortText, subjectText, text, textUpTo } from "./text.ts";
export { validateBudgetEstimate } from "./validateBudgetEstimate.ts";
export { validateCommitteeDecision } from "./validateCommitteeDecision.ts";
export { validateDirective } from "./validateDirective.ts";
export {
  type ValidateForwardingRequestOptions,
  validateForwardingRequest,
} from "./validateForwardingRequest.ts";
export { validateInvitation } from "./validateInvitation.ts";
export { validateNationalSummary } from "./validateNationalSummary.ts";
export { validateNationalSummaryMeta } from "./validateNationalSummaryMeta.ts";
export { validateOfficialLetter } from "./validateOfficialLetter.ts";
export { type ValidatePlanOptions, validatePlan } from "./validatePlan.ts";
export { type ValidateReportOptions, validateReport } from "./validateReport.ts";
export { validateSubmission } from "./validateSubmission.ts";
