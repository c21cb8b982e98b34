/** The `settings` namespace in zh-Hant. */
export const settings = {} as const;
