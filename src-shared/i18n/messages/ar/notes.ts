/** The `notes` namespace in ar. */
export const notes = {} as const;
