/** The `search` namespace in ar. */
export const search = {} as const;
