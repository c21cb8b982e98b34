/** The `search` namespace in de. */
export const search = {} as const;
