/** The `search` namespace in ja. */
export const search = {} as const;
