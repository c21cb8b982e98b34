/** The `annotations` namespace in es. */
export const annotations = {} as const;
