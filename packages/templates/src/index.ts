export { estimateTextWidth, type TextWidthOptions } from "./estimateTextWidth.ts";
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
export { readDocxText } from "./readDocxText.ts";
export { type RenderOfficialLetterOptions, renderOfficialLetter } from "./renderOfficialLetter.ts";
export { TemplateError, type TemplateErrorDetails, type TemplateInputIssue } from "./TemplateError.ts";
export { type TemplateErrorCode, templateErrorCodes } from "./templateErrorCodes.ts";
