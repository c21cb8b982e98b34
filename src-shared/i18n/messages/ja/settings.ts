/** The `settings` namespace in ja. */
export const settings = {} as const;
