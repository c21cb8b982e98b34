/** The `reader` namespace in ja. */
export const reader = {} as const;
