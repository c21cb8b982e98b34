/**
 * The only module that touches `window.offprint`. Everything the renderer asks of the main process goes
 * through `bridge()`, and every call's Result is unwrapped here into a value or a readable Error.
 */
import { linkTarget } from '../../../src-shared/article/url-policy';
import type { ApiError, CodedReason, OffprintApi, Result } from '../../../src-shared/contract';
import { errors } from '../../../src-shared/i18n/messages/en/errors';
import { reasonMessage } from './reason-message';
import { isStorageFull } from './storage-full';

export function bridge(): OffprintApi {
  const api = (window as Partial<Window>).offprint;
  if (!api) throw new Error('Offprint could not reach its main process (the bridge is missing).');
  return api;
}

export class BridgeError extends Error {
  readonly code: ApiError['code'];
  /** Main's failure as a code and values, shown in the interface language (`message` is main's English). */
  readonly reason: CodedReason | undefined;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
    this.reason = error.reason;
  }
}

/** The value of a Result, or a BridgeError carrying main's plain-language message. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new BridgeError(result.error);
}

/**
 * A readable message for anything thrown: main's coded failures and a full disk refusing the library's write
 * (IndexedDB's QuotaExceededError) in the interface language.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof BridgeError && error.reason) return reasonMessage(error.reason, error.message);
  if (isStorageFull(error)) return reasonMessage({ code: 'libraryStorageFull' }, errors.libraryStorageFull);
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** Asks main to open a live link (http, https, mailto) outside the app; other links do nothing. */
export async function openExternalLink(href: string): Promise<void> {
  const verdict = linkTarget(href);
  if (!verdict.live) return;
  unwrap(await bridge().shell.openExternal(verdict.href));
}
