/**
 * Metadata a web page gives in its markup rather than its `<meta>` tags: the `<time>` of its by-line, the author it
 * links, and the address a browser noted when it saved the page (`<!-- saved from url=(0052)https://… -->`, or
 * SingleFile's `Page saved with SingleFile` comment with its url and saved date).
 */
import { elementsNamed, elementsWithAttribute, hasToken } from './dom-walk';

/**
 * The article's `<time datetime>`: the one marked as the publication date, else the one in its by-line or its
 * header, else the first in the article, else the first in the page; never one in a sidebar, menu or footer (their
 * lists of other posts carry other dates).
 */
export const PUBLISHED_TIME = [
  'time[itemprop~="datePublished" i][datetime]',
  'time[pubdate][datetime]',
  '[class*="byline" i] time[datetime], [class*="author" i] time[datetime], [class*="meta" i] time[datetime]',
  '[class*="date" i] time[datetime], header time[datetime]',
  'article time[datetime], main time[datetime]',
  'time[datetime]',
];

export function publishedTime(doc: Document): string | null {
  // Every selector picks <time datetime> elements: each is tried on those alone.
  const times = elementsNamed(doc, TIME).filter((element) => element.hasAttribute('datetime'));
  for (const selector of PUBLISHED_TIME) {
    const time = times.find((element) => element.matches(selector) && !element.closest('aside, nav, footer'));
    if (time) return time.getAttribute('datetime');
  }
  return null;
}

const TIME = new Set(['time']);
/** Where a page names its author in its markup: what linkedAuthor finds, with attribute tests on fewer elements. */
export const AUTHOR_SELECTOR = '[rel~="author" i], [itemprop~="author" i] [itemprop~="name" i], [itemprop~="author" i]';

function hasAuthorAncestor(element: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (hasToken(at, 'itemprop', 'author')) return true;
  return false;
}

/** The name the page links as its author (`<a rel="author">`, `itemprop="author"`), when it is a name, not a sentence. */
export function linkedAuthor(doc: Document): string | null {
  // The first element in the page that AUTHOR_SELECTOR matches.
  const element = elementsWithAttribute(doc, ['rel', 'itemprop']).find(
    (candidate) =>
      hasToken(candidate, 'rel', 'author') ||
      hasToken(candidate, 'itemprop', 'author') ||
      (hasToken(candidate, 'itemprop', 'name') && hasAuthorAncestor(candidate)),
  );
  const name = element?.textContent?.replace(/\s+/g, ' ').trim();
  return name && name.length <= 80 && name.split(' ').length <= 8 ? name : null;
}

const COMMENT_NODE = 8;
const SAVED_FROM = /^\s*saved from url=\(\d+\)(\S+)\s*$/i;
const SINGLE_FILE = /^\s*(?:Page saved with SingleFile|Archive processed by SingleFile)\b/;

/** The comments at the top of a saved page: before <html>, at the start of <html>, and in <head>. */
function leadingComments(doc: Document): string[] {
  const nodes = [...doc.childNodes, ...doc.documentElement.childNodes, ...(doc.head?.childNodes ?? [])];
  return nodes.filter((node) => node.nodeType === COMMENT_NODE).map((node) => node.nodeValue ?? '');
}

export interface SingleFileComment {
  url: string | null;
  /** When the page was saved, as an ISO timestamp. */
  savedAt: string | null;
}

/**
 * The comment SingleFile writes at the top of a page it saves (`Page saved with SingleFile`, then ` url: …` and
 * ` saved date: …` lines; the date as JavaScript's Date#toString writes it), or null.
 */
export function singleFileComment(doc: Document): SingleFileComment | null {
  const comment = leadingComments(doc).find((text) => SINGLE_FILE.test(text));
  if (comment === undefined) return null;
  const field = (name: string): string | null => new RegExp(`^\\s*${name}:[ \\t]*(.+?)\\s*$`, 'im').exec(comment)?.[1] ?? null;
  const time = Date.parse(field('saved date')?.replace(/\s*\(.*\)\s*$/, '') ?? '');
  return { url: field('url'), savedAt: Number.isNaN(time) ? null : new Date(time).toISOString() };
}

/** The address a browser or SingleFile noted when it saved the page (`<!-- saved from url=(0052)https://… -->`), or null. */
export function savedFromUrl(doc: Document): string | null {
  for (const comment of leadingComments(doc)) {
    const match = SAVED_FROM.exec(comment);
    if (match?.[1]) return match[1];
  }
  return singleFileComment(doc)?.url ?? null;
}
