/** The `settings` namespace in fr. */
export const settings = {} as const;
