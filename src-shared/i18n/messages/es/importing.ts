/** The `importing` namespace in es. */
export const importing = {} as const;
