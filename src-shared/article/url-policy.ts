/**
 * The one URL policy of Offprint: which link targets may be live in articles, notes and highlight notes, and what
 * may open outside the app. Pure (WHATWG `URL` only), used by the renderer's sanitizer, the Markdown renderer and
 * main's check before the system browser opens anything.
 *
 * - Only http, https and mailto links are live. Everything else (file:, javascript:, data:, irc:, xmpp:, asset:,
 *   custom schemes) is shown as plain text.
 * - A relative link resolves against the article's own http(s) address; without one it stays text (under the
 *   app's own origin it would point at the app, or under file:// at the disk).
 * - Protocol-relative (`//host/share`) and backslash (`\\host\share`) links are always refused: under file:// they
 *   name a Windows network share, and a click would send the user's credentials to that host.
 * - Links to a place inside the page (`#notes`) are text: the reader has no such places (ids are removed).
 */
export type LinkVerdict = { live: true; href: string } | { live: false; reason: string };

/** Longer than any real web address; such a link is carrying data, not pointing at a page. */
export const MAX_LINK_LENGTH = 2048;

const LIVE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** What a browser does to an href before parsing it: tabs and newlines vanish, C0 controls and spaces trim. */
function asBrowserReads(raw: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters the URL parser strips
  return raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

function refuse(reason: string): LinkVerdict {
  return { live: false, reason };
}

/** The http(s) address a relative link resolves against, or null when the article has none. */
function webBase(baseUrl: string | null | undefined): URL | null {
  if (!baseUrl) return null;
  try {
    const url = new URL(baseUrl);
    return WEB_PROTOCOLS.has(url.protocol) && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Whether a link may be live, and the absolute address it points at. `baseUrl` is the article's own address
 * (ignored unless it is http or https).
 */
export function linkTarget(raw: string, baseUrl?: string | null): LinkVerdict {
  const href = asBrowserReads(raw);
  if (href === '') return refuse('The link is empty.');
  if (href.length > MAX_LINK_LENGTH) return refuse('The link is too long to be a real web address.');
  const beforeQuery = href.split(/[?#]/, 1)[0] ?? '';
  // Markdown writes a backslash in a link as %5C: refused the same way.
  if (/\\|%5c/i.test(beforeQuery)) return refuse('Links with a backslash (a network share) are refused.');
  if (href.startsWith('//')) return refuse('Links without a scheme (//host) could reach a network share.');
  if (href.startsWith('#')) return refuse('The link points inside the page.');
  let url: URL;
  if (HAS_SCHEME.test(href)) {
    try {
      url = new URL(href);
    } catch {
      return refuse('The link is not a complete address.');
    }
  } else {
    const base = webBase(baseUrl);
    if (!base) return refuse('A relative link needs the article’s own web address.');
    try {
      url = new URL(href, base);
    } catch {
      return refuse('The link is not a complete address.');
    }
  }
  if (!LIVE_PROTOCOLS.has(url.protocol)) {
    return refuse(`Only web and e-mail links (http, https, mailto) are live, not ${url.protocol} links.`);
  }
  if (WEB_PROTOCOLS.has(url.protocol)) {
    if (url.hostname === '') return refuse('The link has no host.');
    if (url.username || url.password) return refuse('Links with a user name or password are refused.');
  } else if (url.pathname === '') {
    return refuse('The e-mail link has no address.');
  }
  if (url.href.length > MAX_LINK_LENGTH) return refuse('The link is too long to be a real web address.');
  return { live: true, href: url.href };
}

/**
 * The site a link belongs to, as the person sees it in "Always open links to this site": the origin of an http(s)
 * link (`https://example.org`), or null for links that have no site (mailto).
 */
export function siteOf(href: string): string | null {
  try {
    const url = new URL(href);
    return WEB_PROTOCOLS.has(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether a value may be an article's own address (its Original link, the base of its relative links): an absolute
 * http or https URL that the policy keeps live. Importers, bundles and the header all hold the `url` field to it.
 */
export function isWebAddress(raw: string | null | undefined): raw is string {
  if (!raw) return false;
  const verdict = linkTarget(raw);
  return verdict.live && siteOf(verdict.href) !== null && HAS_SCHEME.test(asBrowserReads(raw));
}
