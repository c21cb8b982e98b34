/** The `backups` namespace in zh-Hant. */
export const backups = {} as const;
