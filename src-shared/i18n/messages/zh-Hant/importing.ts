/** The `importing` namespace in zh-Hant. */
export const importing = {} as const;
