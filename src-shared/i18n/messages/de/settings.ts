/** The `settings` namespace in de. */
export const settings = {} as const;
