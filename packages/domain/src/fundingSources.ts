/** Where the money of a budget line comes from. */
export const fundingSources = ["state-budget", "socialisation", "other"] as const;
