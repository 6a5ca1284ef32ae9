/** Vietnamese messages of the Decree 30 text rules. */
export const nd30Vi = {} as const;
