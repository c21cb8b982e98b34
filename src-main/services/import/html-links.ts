/**
 * Links of imported HTML. Readability makes relative links absolute against the offline base (`file:///offline/`),
 * which means nothing once the page is in the library: each link is taken back to what the page wrote and judged by
 * the one URL policy (src-shared/article/url-policy) against the page's own address. Live links (http, https,
 * mailto) get their absolute address; any other link loses its target, keeps its text and gets the address it had
 * as its tooltip.
 */
import { linkTarget } from '../../../src-shared/article/url-policy';

const OFFLINE_BASE = 'file:///offline/';

/** The link as written in the page, before Readability resolved it against the offline base. */
function asWritten(href: string): string {
  if (href.startsWith(OFFLINE_BASE)) return href.slice(OFFLINE_BASE.length);
  if (href.startsWith('file:///')) return `/${href.slice('file:///'.length)}`;
  return href;
}

export function finishLinks(content: Element, pageUrl: string | null): void {
  for (const link of content.querySelectorAll('a[href]')) {
    const written = asWritten(link.getAttribute('href') ?? '');
    const verdict = linkTarget(written, pageUrl);
    if (verdict.live) {
      link.setAttribute('href', verdict.href);
    } else {
      link.removeAttribute('href');
      if (written.trim() !== '') link.setAttribute('title', written);
    }
  }
}
