/** The `backups` namespace in ja. */
export const backups = {} as const;
