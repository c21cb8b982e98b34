/** The `notes` namespace in es. */
export const notes = {} as const;
