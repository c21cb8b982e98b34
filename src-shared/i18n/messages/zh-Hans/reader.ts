/** The `reader` namespace in zh-Hans. */
export const reader = {} as const;
