/** The `settings` namespace in es. */
export const settings = {} as const;
