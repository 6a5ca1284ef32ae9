/**
 * The levels `summarizeReports` sums at: the provinces' reports (for the Ministry), the communes' (for their
 * province, since 01/07/2025 the tier below it) or the districts' (for their province, the tier below it before
 * 01/07/2025).
 *
 * @example
 * ```ts
 * summaryLevels; // ["province", "commune", "district"]
 * ```
 */
export const summaryLevels = ["province", "commune", "district"] as const;

/**
 * One of {@link summaryLevels}.
 *
 * @example
 * ```ts
 * const level: SummaryLevel = "commune";
 * ```
 */
export type SummaryLevel = (typeof summaryLevels)[number];
