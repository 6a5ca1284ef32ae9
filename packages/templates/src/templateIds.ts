/**
 * The id every template records in its documents' custom properties (`xhht.templateId`).
 *
 * @example
 * ```ts
 * import { templateIds } from "@xhht/templates";
 *
 * templateIds.plan; // "provincial-plan"
 * ```
 */
export const templateIds = {
  officialLetter: "official-letter",
  plan: "provincial-plan",
  report: "provincial-report",
  nationalSummary: "national-summary",
  committeeDecision: "committee-decision",
  invitation: "invitation",
  budgetEstimate: "budget-estimate",
  forwardingLetter: "forwarding-letter",
  submission: "submission",
} as const;

/**
 * One of {@link templateIds}.
 *
 * @example
 * ```ts
 * const id: TemplateId = "invitation";
 * ```
 */
export type TemplateId = (typeof templateIds)[keyof typeof templateIds];
