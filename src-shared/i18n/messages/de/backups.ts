/** The `backups` namespace in de. */
export const backups = {} as const;
