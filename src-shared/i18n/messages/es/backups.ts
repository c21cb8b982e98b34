/** The `backups` namespace in es. */
export const backups = {} as const;
