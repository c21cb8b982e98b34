/** Every call over the bridge resolves to a Result: main never sends a stack trace to the renderer. */

export type ApiErrorCode = 'invalid-argument' | 'forbidden' | 'not-found' | 'io' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** For an invalid argument: where in the arguments it is (zod's issue path: argument index, then keys). */
  path?: (string | number)[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
