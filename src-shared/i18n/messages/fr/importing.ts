/** The `importing` namespace in fr. */
export const importing = {} as const;
