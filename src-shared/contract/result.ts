/** Every call over the bridge resolves to a Result: main never sends a stack trace to the renderer. */
import type { CodedReason } from './article';

/** `no-space`: the disk has too little free space; nothing was written. */
export type ApiErrorCode = 'invalid-argument' | 'forbidden' | 'not-found' | 'io' | 'no-space' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** In English (logs, tests, a caller without the messages). */
  message: string;
  /**
   * The same failure as a message of the `errors` namespace and its values, when main has one: the renderer shows
   * it in the interface language (src-shared/i18n/reason-text.ts).
   */
  reason?: CodedReason;
  /** For an invalid argument: where in the arguments it is (zod's issue path: argument index, then keys). */
  path?: (string | number)[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
