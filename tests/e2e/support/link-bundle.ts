/**
 * A bundle of links that must not leak (issue 18): an HTML and a Markdown article whose bodies hold a good web link,
 * a relative one, and links that would reach a network share or another app (`//host/share`, `\\host\share`,
 * irc:, xmpp:); and an article whose url is `file:///etc/passwd`, which a bundle may not say.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

export const HTML_TITLE = 'Links from everywhere';
export const MARKDOWN_TITLE = 'Links written in Markdown';
export const BASE = 'https://example.org/links/page.html';

/** Words of each link that must stay text, and the address it was written with. */
export const LEAKY_LINKS = [
  { text: 'the share', href: '//host/share' },
  { text: 'the backslash share', href: '\\\\host\\share' },
  { text: 'the chat room', href: 'irc://irc.example.org/reading' },
  { text: 'the jabber contact', href: 'xmpp:reader@example.org' },
];

const HTML_BODY =
  '<h2>Links</h2>' +
  '<p>Read <a href="https://example.org/good">the good link</a>, <a href="https://example.org/other">the other page</a> and ' +
  '<a href="next.html">the next page</a>.</p>' +
  `<p>${LEAKY_LINKS.map((l) => `<a href="${l.href}">${l.text}</a>`).join(', ')}.</p>`;

const MARKDOWN_BODY = `# Links

Read [the good link](https://example.org/good) and [the next page](next.html).

${LEAKY_LINKS.map((l) => `[${l.text}](<${l.href.replace(/\\/g, '\\\\')}>)`).join(', ')}.
`;

/** A highlight of the Markdown article whose note holds a link. */
export const HIGHLIGHT_NOTE_LINK = 'https://example.org/from-a-highlight';
const MARKDOWN_HIGHLIGHTS = [
  {
    id: 'hl-good',
    color: 'yellow',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Read the good link', prefix: 'Links\n\n', suffix: ' and the next' },
      { type: 'TextPositionSelector', start: 7, end: 25 },
    ],
    note: `See [the highlight link](${HIGHLIGHT_NOTE_LINK}).`,
    createdAt: '2024-05-01T08:00:00.000Z',
  },
];

export function writeLinkBundle(dir: string): string {
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  const files: Record<string, Uint8Array> = {
    'articles/links-html/article.json': json({ id: 'links-html', title: HTML_TITLE, url: BASE }),
    'articles/links-html/body.html': strToU8(HTML_BODY),
    'articles/links-md/article.json': json({ id: 'links-md', title: MARKDOWN_TITLE, url: new URL('notes.html', BASE).href }),
    'articles/links-md/body.md': strToU8(MARKDOWN_BODY),
    'articles/links-md/annotations.json': json({ notes: [], highlights: MARKDOWN_HIGHLIGHTS }),
    'articles/passwd/article.json': json({ id: 'passwd', title: 'The password file', url: 'file:///etc/passwd' }),
    'articles/passwd/body.md': strToU8('Nothing to see here.'),
    'manifest.json': json({ format: 'offprint-bundle', version: 1, title: 'Links', created: '2024-05-04T00:00:00.000Z', articleCount: 3 }),
  };
  const path = join(dir, 'Links.offprint');
  writeFileSync(path, zipSync(files));
  return path;
}
