/** The `importing` namespace in zh-Hans. */
export const importing = {} as const;
