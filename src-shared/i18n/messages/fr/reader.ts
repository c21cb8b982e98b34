/** The `reader` namespace in fr. */
export const reader = {} as const;
