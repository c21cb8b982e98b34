/**
 * Downloads one page, within the limits (download-limits.ts): Node's own fetch (never a browser session, so no
 * cookies, no cache, no scripts), every redirect followed by hand and its target checked again (web-address.ts), its
 * host on the web and not on this computer or its local network (local-network.ts), the answer's type checked
 * (page-kind.ts) and its body read as a stream and abandoned once it passes the size limit. Never throws: the
 * outcome is the page's bytes, or a coded reason.
 */
import { formatSize } from '../import/import-problem';
import { reason, type FailureReason } from '../import/reason';
import type { DownloadLimits } from './download-limits';
import { ACCEPTED_TYPES, type PageKind, pageKind } from './page-kind';
import { localNetworkReason } from './local-network';
import { downloadAddress, redirectAddress } from './web-address';

export interface DownloadedPage {
  /** The address the page was finally read from (after redirects). */
  url: string;
  kind: PageKind;
  bytes: Uint8Array;
}

export type DownloadOutcome = { ok: true; page: DownloadedPage } | ({ ok: false } & FailureReason);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Thrown inside, to leave the body's stream with a reason. */
class Refused extends Error {
  constructor(readonly why: FailureReason) {
    super(why.reason);
  }
}

function refused(why: FailureReason): DownloadOutcome {
  return { ok: false, ...why };
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new Refused(reason('downloadTooLarge', { limit: formatSize(maxBytes) }));
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const parts: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      total += read.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      parts.push(read.value);
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/** The network's error, as a short code a reader can pass on (ECONNREFUSED, ENOTFOUND, a certificate's). */
function networkDetail(error: unknown): string {
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  if (code) return code.slice(0, 80);
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : '';
  return (message.split('\n')[0] ?? '').slice(0, 120);
}

async function follow(start: URL, limits: DownloadLimits, signal: AbortSignal): Promise<DownloadOutcome> {
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const local = limits.localNetwork ? null : await localNetworkReason(url);
    if (local) return refused(local);
    const response = await fetch(url, {
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal,
      headers: { accept: ACCEPTED_TYPES, 'user-agent': 'Offprint (download article text)' },
    });
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location) return refused(reason('downloadHttpStatus', { status: response.status }));
      if (redirects >= limits.maxRedirects) return refused(reason('downloadTooManyRedirects', { limit: limits.maxRedirects }));
      const next = redirectAddress(location, url);
      if (!next.ok) return refused(next);
      url = next.url;
      continue;
    }
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel().catch(() => undefined);
      return refused(reason('downloadGone', { status: response.status }));
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => undefined);
      return refused(reason('downloadHttpStatus', { status: response.status }));
    }
    const kind = pageKind(response.headers.get('content-type'));
    if (!kind.ok) {
      await response.body?.cancel().catch(() => undefined);
      return refused(kind);
    }
    return { ok: true, page: { url: url.href, kind: kind.kind, bytes: await readLimited(response, limits.maxBytes) } };
  }
}

/** Downloads the page at `address`; `cancel` stops it at once (the job was cancelled). */
export async function fetchPage(address: string, limits: DownloadLimits, cancel?: AbortSignal): Promise<DownloadOutcome> {
  const start = downloadAddress(address);
  if (!start.ok) return refused(start);
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
  try {
    return await follow(start.url, limits, signal);
  } catch (error) {
    if (error instanceof Refused) return refused(error.why);
    if (cancel?.aborted) return refused(reason('downloadCancelled'));
    if (timeout.aborted) return refused(reason('downloadTimedOut', { seconds: Math.round(limits.timeoutMs / 100) / 10 }));
    const detail = networkDetail(error);
    return refused(detail ? reason('downloadNetwork', { detail }) : reason('downloadFailed'));
  }
}
