/** The `settings` namespace in ar. */
export const settings = {} as const;
