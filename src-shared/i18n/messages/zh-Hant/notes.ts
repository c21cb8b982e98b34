/** The `notes` namespace in zh-Hant. */
export const notes = {} as const;
