/** The `annotations` namespace in en. */
export const annotations = {} as const;
