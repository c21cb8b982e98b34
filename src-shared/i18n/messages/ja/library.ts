/** The `library` namespace in ja. */
export const library = {} as const;
