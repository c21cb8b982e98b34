/** The `importing` namespace in ja. */
export const importing = {} as const;
