/** The `annotations` namespace in zh-Hans. */
export const annotations = {} as const;
