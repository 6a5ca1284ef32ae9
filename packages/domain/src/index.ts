export {
  createTranslator,
  type Language,
  type LanguageOptions,
  languages,
  type Translate,
} from "./createTranslator.ts";
export {
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
export { type ActivityCode, activityCatalogue, type CatalogueEntry } from "./data/activityCatalogue.ts";
export { directive2020 } from "./data/directive2020.ts";
export type { RuleId } from "./data/rules.ts";
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
  signatureSchema,
  signingAuthorities,
} from "./documentFields.ts";
export { findActivity } from "./findActivity.ts";
export { getRule } from "./getRule.ts";
export type { Issue, LegalBasis, Severity, ValidationResult } from "./Issue.ts";
export { isoDate } from "./isoDate.ts";
export { type LabelKind, labelOf } from "./labelOf.ts";
export { listRules } from "./listRules.ts";
export {
  type LetterBlock,
  letterBlockSchema,
  type OfficialLetter,
  type OfficialLetterInput,
  officialLetterSchema,
  pointLabel,
} from "./OfficialLetter.ts";
export type { Rule } from "./Rule.ts";
export { hasXmlIllegalCharacter, text } from "./text.ts";
export { validateDirective } from "./validateDirective.ts";
