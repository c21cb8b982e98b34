/** The `settings` namespace in zh-Hans. */
export const settings = {} as const;
