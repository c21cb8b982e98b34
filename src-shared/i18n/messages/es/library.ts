/** The `library` namespace in es. */
export const library = {} as const;
