/** The `library` namespace in zh-Hans. */
export const library = {} as const;
