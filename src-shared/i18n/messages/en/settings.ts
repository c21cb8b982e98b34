/** The `settings` namespace in en. */
export const settings = {} as const;
