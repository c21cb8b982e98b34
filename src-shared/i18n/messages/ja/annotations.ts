/** The `annotations` namespace in ja. */
export const annotations = {} as const;
