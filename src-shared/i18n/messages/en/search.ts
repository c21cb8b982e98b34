/** The `search` namespace in en. */
export const search = {} as const;
