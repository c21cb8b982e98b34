/** The `search` namespace in fr. */
export const search = {} as const;
