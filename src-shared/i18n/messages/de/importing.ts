/** The `importing` namespace in de. */
export const importing = {} as const;
