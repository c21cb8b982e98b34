/** The `backups` namespace in en. */
export const backups = {} as const;
