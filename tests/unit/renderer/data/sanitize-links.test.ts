import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitize } from './support';

const BASE = 'https://example.org/articles/page.html';

/** Each <a> of the sanitized HTML: its href (null: not a link) and its tooltip. */
function links(html: string, baseUrl?: string | null): { text: string; href: string | null; title: string | null }[] {
  const doc = new JSDOM(`<body>${sanitize(html, baseUrl)}</body>`).window.document;
  return Array.from(doc.querySelectorAll('a')).map((a) => ({
    text: a.textContent ?? '',
    href: a.getAttribute('href'),
    title: a.getAttribute('title'),
  }));
}

describe('the sanitizer applies the one URL policy to links', () => {
  it('keeps web and e-mail links, resolving relative ones against the article’s address', () => {
    expect(
      links('<a href="https://example.net/x">web</a><a href="mailto:a@example.org">mail</a><a href="../next.html">next</a>', BASE),
    ).toEqual([
      { text: 'web', href: 'https://example.net/x', title: null },
      { text: 'mail', href: 'mailto:a@example.org', title: null },
      { text: 'next', href: 'https://example.org/next.html', title: null },
    ]);
  });

  it.each([
    '//host/share',
    '\\\\host\\share',
    'irc://irc.example.org/channel',
    'xmpp:someone@example.org',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'asset:image.png',
    'data:text/html,hi',
  ])('shows %s as text with the address as its tooltip, with or without a base', (href) => {
    for (const base of [null, BASE]) {
      const escaped = href.replace(/"/g, '&quot;');
      expect(links(`<p><a href="${escaped}" title="old">share</a></p>`, base)).toEqual([{ text: 'share', href: null, title: href }]);
    }
  });

  it('shows a relative link as text when the article has no web address', () => {
    expect(links('<a href="/page">page</a>')).toEqual([{ text: 'page', href: null, title: '/page' }]);
    expect(links('<a href="/page">page</a>', 'file:///C:/saved/page.html')).toEqual([{ text: 'page', href: null, title: '/page' }]);
  });

  it('stays stable when run again on its own output (stored, then shown)', () => {
    const once = sanitize('<a href="//host/share">a</a><a href="next.html">b</a>', BASE);
    expect(sanitize(once, BASE)).toBe(once);
    expect(sanitize(once)).toBe(once);
  });
});
