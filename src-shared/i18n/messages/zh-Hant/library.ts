/** The `library` namespace in zh-Hant. */
export const library = {} as const;
