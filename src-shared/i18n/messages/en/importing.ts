/** The `importing` namespace in en. */
export const importing = {} as const;
