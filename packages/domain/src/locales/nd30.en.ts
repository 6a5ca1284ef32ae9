/** English messages of the Decree 30 text rules. */
export const nd30En = {} as const;
