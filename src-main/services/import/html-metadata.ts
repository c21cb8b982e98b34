/**
 * Metadata of a web page, from (in order of trust) Open Graph and article tags, JSON-LD, the ordinary `<meta>`
 * names, `<link rel=canonical>` and `<html lang>`. Read before Readability changes the document. Authors are the
 * candidates in that order (cleaned into names by author-names.ts, after the source is known); the site's names
 * (`og:site_name`, `application-name`, the JSON-LD publisher) both name the source and come off the title.
 */
import { keywordList } from '../../../src-shared/article/keyword-list';
import { findDate, parseDate } from './dates';
import { elementsNamed, hasToken } from './dom-walk';
import { readJsonLd } from './html-json-ld';
import { linkedAuthor, publishedTime, savedFromUrl } from './html-page-clues';
import { isWebAddress, linkTarget } from '../../../src-shared/article/url-policy';

const META = new Set(['meta']);
const LINK = new Set(['link']);

export interface HtmlMeta {
  title: string | null;
  /** Author candidates, the most trusted first: the page's metadata, then the author it links. */
  authors: string[];
  source: string | null;
  /** Every name the page gives its site (for taking the site's name off the title). */
  siteNames: string[];
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  keywords: string[];
  /** The page's copyright notice: the publisher it names is not an author. */
  copyright: string | null;
}

/**
 * Every `<meta>` content by lower-cased name, property or itemprop (all values, in document order). Saved pages
 * sometimes carry the value in `value` instead of `content` (as some archivers and test corpora rewrite them).
 */
function metaValues(doc: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of elementsNamed(doc, META)) {
    const content = (element.getAttribute('content') ?? element.getAttribute('value'))?.trim();
    if (!content) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key) values.set(key, [...(values.get(key) ?? []), content]);
    }
  }
  return values;
}

/** The page's own address, normalised, when it is a web address (the URL policy's rule). */
export function absoluteHttpUrl(value: string | null | undefined): string | null {
  if (!isWebAddress(value)) return null;
  const verdict = linkTarget(value);
  return verdict.live ? verdict.href : null;
}

export function dateOf(value: string | null | undefined): string | null {
  return value ? (parseDate(value) ?? findDate(value)?.iso ?? null) : null;
}

function first(...candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) if (candidate && candidate.trim() !== '') return candidate.trim();
  return null;
}

export function readHtmlMeta(doc: Document): HtmlMeta {
  const meta = metaValues(doc);
  const one = (...keys: string[]): string | null => first(...keys.map((key) => meta.get(key)?.[0]));
  const all = (key: string): string | null => meta.get(key)?.join(', ') ?? null;
  const ld = readJsonLd(doc);
  const notUrl = (value: string | null): string | null => (value && !/^https?:\/\//i.test(value) ? value : null);
  const canonical = elementsNamed(doc, LINK).find((link) => hasToken(link, 'rel', 'canonical'))?.getAttribute('href');
  const siteNames = [one('og:site_name'), ld.publisher, one('application-name'), one('al:ios:app_name', 'apple-mobile-web-app-title')]
    .filter((name): name is string => name !== null && name.trim() !== '');
  return {
    title: first(one('og:title'), ld.headline, one('twitter:title', 'citation_title', 'dc.title')),
    authors: [
      // A paper's full list of authors (citation_author, one tag each) is more complete than its <meta name=author>.
      (meta.get('citation_author')?.length ?? 0) > 1 ? all('citation_author') : null,
      all('author'),
      ld.author,
      notUrl(all('article:author')),
      all('citation_author'),
      one('byl', 'dc.creator', 'sailthru.author', 'parsely-author'),
      linkedAuthor(doc),
    ].filter((author): author is string => author !== null),
    source: first(siteNames[0], one('citation_journal_title', 'dc.publisher')),
    siteNames,
    url:
      absoluteHttpUrl(canonical) ?? absoluteHttpUrl(one('og:url')) ?? absoluteHttpUrl(ld.url) ?? absoluteHttpUrl(savedFromUrl(doc)),
    publishedAt:
      dateOf(one('article:published_time')) ??
      dateOf(ld.datePublished) ??
      dateOf(one('datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dcterms.created', 'citation_publication_date', 'citation_date', 'sailthru.date', 'parsely-pub-date')) ??
      dateOf(publishedTime(doc)),
    language: first(
      doc.documentElement.getAttribute('lang'),
      one('content-language', 'dc.language', 'language'),
      one('og:locale')?.replace('_', '-'),
      ld.inLanguage,
    ),
    copyright: one('copyright', 'dc.rights', 'rights'),
    keywords: keywordList([...(meta.get('keywords') ?? []), ...(meta.get('news_keywords') ?? []), ...(meta.get('article:tag') ?? []), ...ld.keywords]),
  };
}
