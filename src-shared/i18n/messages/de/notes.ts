/** The `notes` namespace in de. */
export const notes = {} as const;
