/** The `importing` namespace in ar. */
export const importing = {} as const;
