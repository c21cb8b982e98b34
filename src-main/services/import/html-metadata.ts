/**
 * Metadata of a web page, from (in order of trust) Open Graph and article tags, JSON-LD, the ordinary `<meta>`
 * names, `<link rel=canonical>` and `<html lang>`. Read before Readability changes the document.
 */
import { findDate, parseDate } from './dates';
import { readJsonLd } from './html-json-ld';
import { linkedAuthor, publishedTime, savedFromUrl } from './html-page-clues';
import { isWebAddress, linkTarget } from '../../../src-shared/article/url-policy';

export interface HtmlMeta {
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  tags: string[];
}

/** Every `<meta>` content by lower-cased name, property or itemprop (all values, in document order). */
function metaValues(doc: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of doc.querySelectorAll('meta')) {
    const content = element.getAttribute('content')?.trim();
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
  const ld = readJsonLd(doc);
  const notUrl = (value: string | null): string | null => (value && !/^https?:\/\//i.test(value) ? value : null);
  const citationAuthors = meta.get('citation_author')?.join(', ');
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  return {
    title: first(one('og:title'), ld.headline, one('twitter:title', 'citation_title', 'dc.title')),
    author: first(
      one('author'),
      ld.author,
      notUrl(one('article:author')),
      one('byl', 'dc.creator', 'sailthru.author'),
      citationAuthors,
      linkedAuthor(doc),
    ),
    source: first(one('og:site_name'), ld.publisher, one('application-name', 'citation_journal_title', 'dc.publisher')),
    url:
      absoluteHttpUrl(canonical) ?? absoluteHttpUrl(one('og:url')) ?? absoluteHttpUrl(ld.url) ?? absoluteHttpUrl(savedFromUrl(doc)),
    publishedAt:
      dateOf(one('article:published_time')) ??
      dateOf(ld.datePublished) ??
      dateOf(one('datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dcterms.created', 'citation_publication_date', 'citation_date', 'sailthru.date')) ??
      dateOf(publishedTime(doc)),
    language: first(
      doc.documentElement.getAttribute('lang'),
      one('content-language'),
      one('og:locale')?.replace('_', '-'),
      ld.inLanguage,
    ),
    tags: [...(meta.get('article:tag') ?? []), ...(one('keywords', 'news_keywords')?.split(',') ?? []), ...ld.keywords],
  };
}
