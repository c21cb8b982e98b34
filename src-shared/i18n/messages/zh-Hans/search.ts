/** The `search` namespace in zh-Hans. */
export const search = {} as const;
