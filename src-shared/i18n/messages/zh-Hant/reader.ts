/** The `reader` namespace in zh-Hant. */
export const reader = {} as const;
