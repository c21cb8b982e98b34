/** The `library` namespace in en. */
export const library = {} as const;
