/** The `backups` namespace in fr. */
export const backups = {} as const;
