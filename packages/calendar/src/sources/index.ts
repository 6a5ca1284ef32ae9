/**
 * The citations of the SDK's own data, apart from the main entry so that a bundle that does not show them does not
 * carry them: the public documents (number or title, issuer, date, `https` address) behind each year's holiday
 * decision, each statutory holiday rule and each Lifelong Learning Week the SDK knows, and the notes a rule's one-line
 * `source` leaves out (`holidayRuleNotes`). Import them from
 * `@xhht/calendar/sources`.
 *
 * @example
 * ```ts
 * import { holidayDecisionSources, holidayRuleNotes, holidayRuleSources, lifelongLearningWeekSources } from "@xhht/calendar/sources";
 * ```
 *
 * @module sources
 */
export type { SourceDocument } from "../SourceDocument.ts";
export { holidayDecisionSources } from "./data/holidayDecisionSources.ts";
export { holidayRuleNotes, holidayRuleSources } from "./data/holidayRuleSources.ts";
export { lifelongLearningWeekSources } from "./data/lifelongLearningWeekSources.ts";
