/** The `notes` namespace in zh-Hans. */
export const notes = {} as const;
