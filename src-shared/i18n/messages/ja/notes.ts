/** The `notes` namespace in ja. */
export const notes = {} as const;
