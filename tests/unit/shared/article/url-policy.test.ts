import { describe, expect, it } from 'vitest';
import { linkTarget, MAX_LINK_LENGTH, siteOf } from '../../../../src-shared/article/url-policy';

const BASE = 'https://example.org/articles/page.html';

/**
 * The link targets of DOMPurify's own test vectors (cure53/DOMPurify, test/fixtures/expect.mjs: "JavaScript URIs
 * using Unicode LS/PS", "... using Unicode Whitespace", "Link with data URI href", "Low-range-ASCII obfuscated
 * JavaScript URI", "Bypass using JS URI in href", the `javasc\nript:` form action, the `javascript://` base and
 * `/. /,alert(42)//#` of vector 42, the `data:` stylesheet of vector 29, the `#` hrefs of "DOM clobbering: location"
 * and vector 35).
 */
const DOMPURIFY_VECTOR_URLS = [
  '\u2028javascript:alert(1)',
  ' javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u1680javascript:alert(1)',
  '\u180ejavascript:alert(1)',
  '\u2000javascript:alert(1)',
  '\u2005javascript:alert(1)',
  '\u200ajavascript:alert(1)',
  '\u200bjavascript:alert(1)',
  '\u205fjavascript:alert(1)',
  '\u3000javascript:alert(1)',
  'data:,evilnastystuff',
  '\u0001java\u0003script:alert(1)',
  'javascript:123',
  'javasc\nript:alert(1)',
  'javascript://',
  '/. /,alert(42)//#',
  'data:,*%7bx:expression(alert(29))%7d',
  '#some-code-here',
  '#',
];

describe('linkTarget: which links are live', () => {
  it.each([
    ['https://en.people.cn/n3/2017/0928/', 'https://en.people.cn/n3/2017/0928/'],
    ['http://EXAMPLE.org', 'http://example.org/'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
    ['mailto:editor@example.org?subject=Hello', 'mailto:editor@example.org?subject=Hello'],
    ['https:example.org/x', 'https://example.org/x'],
  ])('keeps %j live as %s', (raw, href) => {
    expect(linkTarget(raw)).toEqual({ live: true, href });
  });

  it.each([
    ['/other/page', 'https://example.org/other/page'],
    ['next.html', 'https://example.org/articles/next.html'],
    ['../up?q=1#part', 'https://example.org/up?q=1#part'],
  ])('resolves the relative %s against the article’s address', (raw, href) => {
    expect(linkTarget(raw, BASE)).toEqual({ live: true, href });
  });

  it.each(['/other/page', 'next.html', '?q=1'])('shows the relative %s as text when the article has no web address', (raw) => {
    expect(linkTarget(raw).live).toBe(false);
    expect(linkTarget(raw, null).live).toBe(false);
    expect(linkTarget(raw, 'file:///home/reader/page.html').live).toBe(false);
    expect(linkTarget(raw, 'not a url').live).toBe(false);
  });

  it.each([
    '//host/share',
    '///host/share',
    '\\\\host\\share',
    '\\\\host\\share\\file.docx',
    '/\\host/share',
    '\\/host/share',
    'file://host/share',
    'https:\\\\host\\share',
    'http://host\\share',
    '%5C%5Chost%5Cshare',
    'irc://irc.example.org/channel',
    'ircs://irc.example.org/channel',
    'xmpp:someone@example.org',
    'file:///etc/passwd',
    'FILE:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'asset:image-1.png',
    'offprint://article/1',
    'blob:https://example.org/1234',
    'ftp://example.org/file',
    'smb://host/share',
    'tel:+441234567890',
    'chrome://settings',
    'https://user:secret@example.org/',
    'https://',
    'mailto:',
    '',
    '   ',
    `https://example.org/${'a'.repeat(MAX_LINK_LENGTH)}`,
  ])('refuses %j, with a reason, with or without a base', (raw) => {
    for (const base of [undefined, BASE]) {
      const verdict = linkTarget(raw, base);
      expect(verdict.live, `${raw} against ${base}`).toBe(false);
      if (!verdict.live) expect(verdict.reason.length).toBeGreaterThan(10);
    }
  });

  it.each(DOMPURIFY_VECTOR_URLS)('never makes a live link of DOMPurify’s vector %j but a web link on the article’s own host', (raw) => {
    expect(linkTarget(raw).live).toBe(false);
    const based = linkTarget(raw, BASE);
    if (based.live) expect(new URL(based.href).origin).toBe('https://example.org');
  });
});

describe('siteOf: the site a person may choose to trust', () => {
  it('is the origin of a web link, and nothing for e-mail', () => {
    expect(siteOf('https://example.org/a/b?c')).toBe('https://example.org');
    expect(siteOf('http://example.org:8080/')).toBe('http://example.org:8080');
    expect(siteOf('mailto:a@example.org')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
