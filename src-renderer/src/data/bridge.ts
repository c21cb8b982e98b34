/**
 * The only module that touches `window.offprint`. Everything the renderer asks of the main process goes
 * through `bridge()`, and every call's Result is unwrapped here into a value or a readable Error.
 */
import { linkTarget } from '../../../src-shared/article/url-policy';
import type { ApiError, OffprintApi, Result } from '../../../src-shared/contract';

export function bridge(): OffprintApi {
  const api = (window as Partial<Window>).offprint;
  if (!api) throw new Error('Offprint could not reach its main process (the bridge is missing).');
  return api;
}

export class BridgeError extends Error {
  readonly code: ApiError['code'];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
  }
}

/** The value of a Result, or a BridgeError carrying main's plain-language message. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new BridgeError(result.error);
}

/** A readable message for anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** Asks main to open a live link (http, https, mailto) outside the app; other links do nothing. */
export async function openExternalLink(href: string): Promise<void> {
  const verdict = linkTarget(href);
  if (!verdict.live) return;
  unwrap(await bridge().shell.openExternal(verdict.href));
}
