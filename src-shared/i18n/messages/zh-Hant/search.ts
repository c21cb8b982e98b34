/** The `search` namespace in zh-Hant. */
export const search = {} as const;
