/** The `notes` namespace in fr. */
export const notes = {} as const;
