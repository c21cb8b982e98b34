/** The `reader` namespace in es. */
export const reader = {} as const;
