// The SDK's one language type, from @xhht/core: the same `Language` and `languages` as before, now shared.
export { type Language, languages } from "@xhht/core";
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
export { type ActivityCode, activityCatalogue, type CatalogueEntry } from "./data/activityCatalogue.ts";
export { actorSuccessions } from "./data/actorSuccessions.ts";
export { directive2020 } from "./data/directive2020.ts";
export { copyKinds, documentTypes, signingAuthorityPrefixes } from "./data/documentTypes.ts";
export { type EditionActivities, editionActivities } from "./data/editionActivities.ts";
export { editions } from "./data/editions.ts";
export type { ErrorCode } from "./data/errorRules.ts";
export { layoutRules } from "./data/layoutRules.ts";
export { legalDocuments } from "./data/legalDocuments.ts";
export { migrations } from "./data/migrations.ts";
export { provinceMerger2025 } from "./data/provinces.ts";
export { deprecatedRuleIds } from "./data/registry.ts";
export type { IssueRuleId, LayoutRuleId, RuleId } from "./data/rules.ts";
export { sampleBudgetEstimate2020 } from "./data/sampleBudgetEstimate2020.ts";
export { sampleCommitteeDecision2020 } from "./data/sampleCommitteeDecision2020.ts";
export { sampleForwardingRequest2020 } from "./data/sampleForwardingRequest2020.ts";
export { sampleInvitation2020 } from "./data/sampleInvitation2020.ts";
export { sampleNationalSummaryMeta2020 } from "./data/sampleNationalSummaryMeta2020.ts";
export { samplePlan2020 } from "./data/samplePlan2020.ts";
export { samplePlan2024 } from "./data/samplePlan2024.ts";
export { samplePlan2025 } from "./data/samplePlan2025.ts";
export { sampleReport2020 } from "./data/sampleReport2020.ts";
export { sampleReport2024 } from "./data/sampleReport2024.ts";
export { sampleReport2025 } from "./data/sampleReport2025.ts";
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
export {
  type BudgetEstimate,
  type BudgetEstimateInput,
  budgetEstimateSchema,
} from "./entities/budgetEstimate/BudgetEstimate.ts";
export {
  type EstimateContent,
  type EstimateContentInput,
  type EstimateLine,
  estimateContentSchema,
  estimateLineSchema,
} from "./entities/budgetEstimate/EstimateContent.ts";
export { validateBudgetEstimate } from "./entities/budgetEstimate/validateBudgetEstimate.ts";
export {
  type CommitteeDecision,
  type CommitteeDecisionInput,
  type CommitteeMember,
  type CommitteeRole,
  committeeDecisionSchema,
  committeeMemberSchema,
  committeeRoles,
} from "./entities/committeeDecision/CommitteeDecision.ts";
export { validateCommitteeDecision } from "./entities/committeeDecision/validateCommitteeDecision.ts";
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
} from "./entities/directive/Directive.ts";
export {
  type DirectiveTerms,
  directiveTermsSchema,
  type LetterCitation,
  letterCitationSchema,
} from "./entities/directive/DirectiveTerms.ts";
export { defineDirective } from "./entities/directive/defineDirective.ts";
export { directiveFactLabel } from "./entities/directive/directiveFactLabel.ts";
export {
  type DirectiveFact,
  type DirectiveFactName,
  type DirectiveForOptions,
  directiveFactNames,
  directiveFor,
  type YearDirective,
} from "./entities/directive/directiveFor.ts";
export { findActivity } from "./entities/directive/findActivity.ts";
export { validateDirective } from "./entities/directive/validateDirective.ts";
export { validateDirectiveTerms } from "./entities/directive/validateDirectiveTerms.ts";
export { type EditionEntry, type EditionInput, editionSchema } from "./entities/edition/editionSchema.ts";
export { type Edition, type FindEditionOptions, findEdition } from "./entities/edition/findEdition.ts";
export { type EntityId, entityIds, isEntityId } from "./entities/entityIds.ts";
export {
  type ForwardingRequest,
  type ForwardingRequestInput,
  forwardingRequestSchema,
} from "./entities/forwardingRequest/ForwardingRequest.ts";
export {
  type ValidateForwardingRequestOptions,
  validateForwardingRequest,
} from "./entities/forwardingRequest/validateForwardingRequest.ts";
export { type Invitation, type InvitationInput, invitationSchema } from "./entities/invitation/Invitation.ts";
export { validateInvitation } from "./entities/invitation/validateInvitation.ts";
export {
  type NationalSummaryMeta,
  type NationalSummaryMetaInput,
  nationalSummaryMetaSchema,
} from "./entities/nationalSummary/NationalSummaryMeta.ts";
export { nationalSummarySchema } from "./entities/nationalSummary/nationalSummarySchema.ts";
export { type ReportHeader, reportFromSummary } from "./entities/nationalSummary/reportFromSummary.ts";
export {
  type NationalSummary,
  type SummarizeReportsOptions,
  type SummaryLevel,
  type SummaryRow,
  type SummaryUnit,
  summarizeReports,
  summaryLevels,
} from "./entities/nationalSummary/summarizeReports.ts";
export { validateNationalSummary } from "./entities/nationalSummary/validateNationalSummary.ts";
export { validateNationalSummaryMeta } from "./entities/nationalSummary/validateNationalSummaryMeta.ts";
export {
  type LetterBlock,
  letterBlockSchema,
  type OfficialLetter,
  type OfficialLetterInput,
  officialLetterSchema,
  pointLabel,
} from "./entities/officialLetter/OfficialLetter.ts";
export { validateOfficialLetter } from "./entities/officialLetter/validateOfficialLetter.ts";
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
} from "./entities/provincialPlan/ProvincialPlan.ts";
export { type ValidatePlanOptions, validatePlan } from "./entities/provincialPlan/validatePlan.ts";
export { type Lateness, lateness } from "./entities/provincialReport/lateness.ts";
export {
  defaultReportRecipients,
  type MeasureCounts,
  measureCountsSchema,
  type ProvincialReport,
  type ProvincialReportInput,
  provincialReportSchema,
  type ReportActivity,
  reportActivitySchema,
} from "./entities/provincialReport/ProvincialReport.ts";
export { type ValidateReportOptions, validateReport } from "./entities/provincialReport/validateReport.ts";
export { type Submission, type SubmissionInput, submissionSchema } from "./entities/submission/Submission.ts";
export { validateSubmission } from "./entities/submission/validateSubmission.ts";
export { type EntityName, entitySchemas, toJsonSchema } from "./entities/toJsonSchema.ts";
export { DomainError } from "./errors/DomainError.ts";
export { type DomainErrorCode, domainErrorCodes } from "./errors/domainErrorCodes.ts";
export { boundedString } from "./fields/boundedString.ts";
export { communeCode } from "./fields/communeCode.ts";
export { type Deadline, deadlineSchema } from "./fields/deadlineSchema.ts";
export { districtCode } from "./fields/districtCode.ts";
export {
  type DocumentFields,
  documentFields,
  documentSymbol,
  type Signature,
  type SignatureInput,
  signatureSchema,
  signingAuthorities,
} from "./fields/documentFields.ts";
export {
  type CirculationScope,
  type Contact,
  circulationScopes,
  contactSchema,
  type DocumentMarks,
  type Drafter,
  documentMarks,
  drafterSchema,
  type UrgencyLevel,
  urgencyLevels,
} from "./fields/documentMarks.ts";
export { instant } from "./fields/instant.ts";
export { isoDate } from "./fields/isoDate.ts";
export { count, money } from "./fields/money.ts";
export { provinceCode } from "./fields/provinceCode.ts";
export {
  type SigningAuthorityKind,
  type SigningAuthorityLine,
  signingAuthorityKinds,
  signingAuthorityLineSchema,
} from "./fields/SigningAuthorityLine.ts";
export { type SourceDocumentEntry, sourceDocumentSchema } from "./fields/sourceDocumentSchema.ts";
export { hasXmlIllegalCharacter, line, lineUpTo, shortText, subjectText, text, textUpTo } from "./fields/text.ts";
export { unitFields } from "./fields/unitFields.ts";
export { createDocxTranslator } from "./i18n/createDocxTranslator.ts";
export { createTranslator, type LanguageOptions, type Translate } from "./i18n/createTranslator.ts";
export type { I18nextLike } from "./i18n/I18nextLike.ts";
export { type LabelKind, labelOf } from "./i18n/labelOf.ts";
export { loadLanguage } from "./i18n/loadLanguage.ts";
export type { MessageTable } from "./i18n/messageRegistry.ts";
export { messages } from "./i18n/messages.ts";
export { messagesEn } from "./i18n/messagesEn.ts";
export { messagesVi } from "./i18n/messagesVi.ts";
export { type MoneyInWordsOptions, moneyInWords } from "./i18n/moneyInWords.ts";
export { paramWords } from "./i18n/paramWords.ts";
export { registerMessages } from "./i18n/registerMessages.ts";
export type { Migration } from "./migration/Migration.ts";
export { type MigrationResult, migrate } from "./migration/migrate.ts";
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
export { type CreateIssueArguments, createIssue } from "./rules/createIssue.ts";
export { fieldLabel } from "./rules/fieldLabel.ts";
export { formatIssuePath } from "./rules/formatIssuePath.ts";
export { getRule } from "./rules/getRule.ts";
export type { Issue, IssueCode, LegalBasis, Severity, ValidationResult } from "./rules/Issue.ts";
export type { KnownUnit, KnownUnits } from "./rules/KnownUnits.ts";
export { listRules } from "./rules/listRules.ts";
export type { Result } from "./rules/Result.ts";
export type { Rule, RuleKind } from "./rules/Rule.ts";
export type { MessagePlaceholders, RuleMessage, RuleMessageVariants, RuleParams } from "./rules/RuleParams.ts";
export type { RuleTarget } from "./rules/RuleTarget.ts";
export { type SignedDocument, signatureAuthorityIssues } from "./rules/signatureAuthorityIssues.ts";
export type { StandardResult, StandardSchema } from "./standard/StandardSchema.ts";
export { standardSchemaOf } from "./standard/standardSchemaOf.ts";
