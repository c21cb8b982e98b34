/** The `annotations` namespace in de. */
export const annotations = {} as const;
