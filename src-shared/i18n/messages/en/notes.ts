/** The `notes` namespace in en. */
export const notes = {} as const;
