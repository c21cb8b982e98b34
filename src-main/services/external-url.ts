/**
 * The check every external link passes before the system browser opens it: http(s) only, a real host, no
 * credentials, and a sane length. Anything else (javascript:, file:, custom schemes, relative URLs) is refused.
 */
export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const MAX_URL_LENGTH = 2048;

export function checkExternalUrl(raw: string): ExternalUrlCheck {
  if (raw.length > MAX_URL_LENGTH) return { ok: false, reason: 'The link is too long to be a real web address.' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'The link is not a complete web address.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `Only web links (http, https) open outside Offprint, not ${url.protocol} links.` };
  }
  if (!url.hostname) return { ok: false, reason: 'The link has no host.' };
  if (url.username || url.password) return { ok: false, reason: 'Links with a user name or password are refused.' };
  return { ok: true, url: url.href };
}
