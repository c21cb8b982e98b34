/** The `reader` namespace in de. */
export const reader = {} as const;
