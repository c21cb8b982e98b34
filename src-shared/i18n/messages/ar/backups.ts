/** The `backups` namespace in ar. */
export const backups = {} as const;
