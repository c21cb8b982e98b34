/** The `reader` namespace in en. */
export const reader = {} as const;
