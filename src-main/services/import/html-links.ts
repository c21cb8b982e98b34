/**
 * Links of imported HTML. Readability makes relative links absolute against the offline base (`file:///offline/`),
 * which means nothing once the page is in the library: they are resolved against the page's own address when it is
 * known, and otherwise lose their target (the text stays). Only http(s), mailto and in-page links remain.
 */

const OFFLINE_BASE = 'file:///offline/';

/** The link as written in the page, before Readability resolved it against the offline base. */
function asWritten(href: string): string | null {
  if (href.startsWith(OFFLINE_BASE)) return href.slice(OFFLINE_BASE.length);
  if (href.startsWith('file:///')) return `/${href.slice('file:///'.length)}`;
  return null;
}

function resolved(href: string, pageUrl: string | null): string | null {
  if (/^(https?:|mailto:|#)/i.test(href)) return href;
  const relative = asWritten(href);
  if (relative === null || pageUrl === null) return null;
  try {
    return new URL(relative, pageUrl).href;
  } catch {
    return null;
  }
}

export function finishLinks(content: Element, pageUrl: string | null): void {
  for (const link of content.querySelectorAll('a[href]')) {
    const href = resolved(link.getAttribute('href') ?? '', pageUrl);
    if (href === null) link.removeAttribute('href');
    else link.setAttribute('href', href);
  }
}
