/** The `search` namespace in es. */
export const search = {} as const;
