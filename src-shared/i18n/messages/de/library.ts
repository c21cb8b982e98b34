/** The `library` namespace in de. */
export const library = {} as const;
