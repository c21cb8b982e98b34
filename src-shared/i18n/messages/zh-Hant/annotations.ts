/** The `annotations` namespace in zh-Hant. */
export const annotations = {} as const;
