/**
 * Where the money of a budget line comes from.
 *
 * @example
 * ```ts
 * fundingSources; // ["state-budget", "socialisation", "other"]
 * ```
 */
export const fundingSources = ["state-budget", "socialisation", "other"] as const;
