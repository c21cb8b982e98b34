/** Helpers every bridge handler uses to validate its arguments and answer with a Result, never a throw. */
import type { z } from 'zod';
import type { ApiError, Result } from '../../../src-shared/contract';

export type Failure = { ok: false; error: ApiError };

export function fail(code: ApiError['code'], message: string): Failure {
  return { ok: false, error: { code, message } };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Parses the arguments as a tuple: the wrong count, or a wrong value, becomes an invalid-argument failure. */
export function parseArgs<T extends z.ZodTypeAny>(schema: T, args: unknown[]): { ok: true; value: z.infer<T> } | Failure {
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : '';
  return fail('invalid-argument', `${issue?.message ?? 'Invalid argument'}${where}`);
}

export function expectNoArgs(args: unknown[]): Failure | null {
  return args.length === 0 ? null : fail('invalid-argument', 'This call takes no arguments.');
}

/** Runs a handler body, turning an unexpected throw into a plain internal error (logged here, not sent). */
export async function guarded<T>(what: string, body: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await body();
  } catch (error) {
    console.error(`[offprint] ${what} failed:`, error);
    return fail('internal', `${what} failed unexpectedly. Nothing was changed.`);
  }
}
