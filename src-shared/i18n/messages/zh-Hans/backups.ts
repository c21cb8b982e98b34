/** The `backups` namespace in zh-Hans. */
export const backups = {} as const;
