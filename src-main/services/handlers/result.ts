/** Helpers every bridge handler uses to validate its arguments and answer with a Result, never a throw. */
import type { z } from 'zod';
import type { ApiError, ChannelArgs, InvokeChannel, Result } from '../../../src-shared/contract';
import type { FailureReason } from '../import/reason';
import { CHANNEL_SCHEMAS } from './channel-schemas';

export type Failure = { ok: false; error: ApiError };

export function fail(code: ApiError['code'], message: string, path?: (string | number)[]): Failure {
  return { ok: false, error: path ? { code, message, path } : { code, message } };
}

/** A failure with a coded reason: its English words as the message, its code and values for the interface. */
export function failBecause(code: ApiError['code'], why: FailureReason, path?: (string | number)[]): Failure {
  const { reason: message, ...coded } = why;
  return { ok: false, error: path ? { code, message, reason: coded, path } : { code, message, reason: coded } };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Validates a channel's arguments against its schema (channel-schemas.ts): the wrong count, or a wrong value,
 * becomes an invalid-argument failure that says where (`path`: the argument's index, then the keys inside it).
 */
export function parseChannelArgs<C extends InvokeChannel>(
  channel: C,
  args: unknown[],
): { ok: true; value: ChannelArgs<C> } | Failure {
  const schema: z.ZodType<ChannelArgs<C>> = CHANNEL_SCHEMAS[channel] as z.ZodType<ChannelArgs<C>>;
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
  if (path.length === 0 && (issue?.code === 'too_big' || issue?.code === 'too_small')) {
    const count = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const takes = count === 0 ? 'no arguments' : count === 1 ? '1 argument' : `${count} arguments`;
    return fail('invalid-argument', `This call takes ${takes}.`, path);
  }
  const where = path.length > 0 ? ` (argument ${path.join('.')})` : '';
  return fail('invalid-argument', `${issue?.message ?? 'Invalid argument'}${where}`, path);
}

/** Runs a handler body, turning an unexpected throw into a plain internal error (logged here, not sent). */
export async function guarded<T>(what: string, body: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await body();
  } catch (error) {
    console.error(`[offprint] ${what} failed:`, error);
    // The English names the call for the log; the interface says the same without it.
    const failed = fail('internal', `${what} failed unexpectedly. Nothing was changed.`);
    return { ok: false, error: { ...failed.error, reason: { code: 'unexpectedFailure' } } };
  }
}
