/** The `library` namespace in ar. */
export const library = {} as const;
