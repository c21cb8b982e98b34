/** The `annotations` namespace in ar. */
export const annotations = {} as const;
