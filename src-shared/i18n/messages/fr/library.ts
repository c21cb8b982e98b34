/** The `library` namespace in fr. */
export const library = {} as const;
