/** The `reader` namespace in ar. */
export const reader = {} as const;
