/**
 * Which addresses a download may go to, first and after each redirect: http and https only, with a host, and
 * without a user name or password in them (nothing is ever sent that would sign in). Pure.
 */
import { reason, type FailureReason } from '../import/reason';

export type AddressVerdict = { ok: true; url: URL } | ({ ok: false } & FailureReason);

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** Longer than any real page's address. */
const MAX_ADDRESS_LENGTH = 4096;

function parse(raw: string, base?: URL): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

function checked(url: URL | null, shown: string, code: 'downloadNotWebAddress' | 'downloadRedirectRefused'): AddressVerdict {
  if (!url || !WEB_PROTOCOLS.has(url.protocol) || url.hostname === '' || url.username !== '' || url.password !== '') {
    return { ok: false, ...reason(code, { url: shown.slice(0, 300) }) };
  }
  return { ok: true, url };
}

/** The stored address of an entry, as the first address to fetch. */
export function downloadAddress(raw: string): AddressVerdict {
  return raw.length > MAX_ADDRESS_LENGTH ? { ok: false, ...reason('downloadNotWebAddress', { url: raw.slice(0, 300) }) } : checked(parse(raw), raw, 'downloadNotWebAddress');
}

/** Where a redirect sends the download (its Location, relative to the address that sent it), when it may go there. */
export function redirectAddress(location: string, from: URL): AddressVerdict {
  return location.length > MAX_ADDRESS_LENGTH
    ? { ok: false, ...reason('downloadRedirectRefused', { url: location.slice(0, 300) }) }
    : checked(parse(location, from), location, 'downloadRedirectRefused');
}
