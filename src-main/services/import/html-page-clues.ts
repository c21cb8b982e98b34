/**
 * Metadata a web page gives in its markup rather than its `<meta>` tags: the `<time>` of its by-line, the author it
 * links, and the address a browser noted when it saved the page (`<!-- saved from url=(0052)https://… -->`).
 */

/**
 * The article's `<time datetime>`: the one marked as the publication date, else the one in its by-line or its
 * header, else the first in the article, else the first in the page; never one in a sidebar, menu or footer (their
 * lists of other posts carry other dates).
 */
const PUBLISHED_TIME = [
  'time[itemprop~="datePublished" i][datetime]',
  'time[pubdate][datetime]',
  '[class*="byline" i] time[datetime], [class*="author" i] time[datetime], [class*="meta" i] time[datetime]',
  '[class*="date" i] time[datetime], header time[datetime]',
  'article time[datetime], main time[datetime]',
  'time[datetime]',
];

export function publishedTime(doc: Document): string | null {
  for (const selector of PUBLISHED_TIME) {
    const time = [...doc.querySelectorAll(selector)].find((element) => !element.closest('aside, nav, footer'));
    if (time) return time.getAttribute('datetime');
  }
  return null;
}

/** The name the page links as its author (`<a rel="author">`, `itemprop="author"`), when it is a name, not a sentence. */
export function linkedAuthor(doc: Document): string | null {
  const element = doc.querySelector('[rel~="author" i], [itemprop~="author" i] [itemprop~="name" i], [itemprop~="author" i]');
  const name = element?.textContent?.replace(/\s+/g, ' ').trim();
  return name && name.length <= 80 && name.split(' ').length <= 8 ? name : null;
}

const COMMENT_NODE = 8;
const SAVED_FROM = /^\s*saved from url=\(\d+\)(\S+)\s*$/i;

/** The address in the "saved from url" comment that browsers put at the top of a saved page, or null. */
export function savedFromUrl(doc: Document): string | null {
  const nodes = [...doc.childNodes, ...doc.documentElement.childNodes, ...(doc.head?.childNodes ?? [])];
  for (const node of nodes) {
    const match = node.nodeType === COMMENT_NODE ? SAVED_FROM.exec(node.nodeValue ?? '') : null;
    if (match?.[1]) return match[1];
  }
  return null;
}
