/** Every call over the bridge resolves to a Result: main never sends a stack trace to the renderer. */

/** `no-space`: the disk has too little free space; nothing was written. */
export type ApiErrorCode = 'invalid-argument' | 'forbidden' | 'not-found' | 'io' | 'no-space' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** For an invalid argument: where in the arguments it is (zod's issue path: argument index, then keys). */
  path?: (string | number)[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
