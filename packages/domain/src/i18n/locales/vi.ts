import type { IssueRuleId } from "../../data/rules.ts";
import { docxVi } from "./docx.vi.ts";
import { errorsVi } from "./errors.vi.ts";
import { validationVi } from "./validation.vi.ts";

/**
 * Vietnamese messages, keyed by rule id (and a variant of a rule by i18next context: `<rule id>_<context>`): those of
 * the validators, of the .docx linter and the meanings of the error codes.
 */
export const vi = {
  ...validationVi,
  ...docxVi,
  ...errorsVi,
} as const satisfies Record<IssueRuleId, string> & { readonly [variant: `${IssueRuleId}_${string}`]: string };
