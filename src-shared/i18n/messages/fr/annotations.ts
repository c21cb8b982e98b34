/** The `annotations` namespace in fr. */
export const annotations = {} as const;
