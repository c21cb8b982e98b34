/**
 * Schema version 5's rule for libraries written before keywords were kept apart from tags: which of an article's
 * tags are its page's keywords ("keyword-tags") and move to its keywords, and which stay tags. Pure.
 *
 * How version 4 stored them: the web-page importer (`.html`, `.htm`, `.xhtml`, `.mhtml`, `.mht`) had no source of
 * tags but the page's own keywords (`<meta name=keywords>` split at commas only, `article:tag`, JSON-LD
 * `keywords` unsplit), and wrote them as the article's tags; its `keywords` field held the 24 most frequent words
 * of the text instead. Nothing recorded who added a tag, so a tag the user typed on a web page looks the same as a
 * keyword-tag. The rule therefore moves a tag only from an article imported from a web page, and only when no
 * sign of the user's hand is on it. A tag stays a tag when:
 * - the article is not from a web page: a bundle's article (it has a source identifier) keeps its bundle tags, and
 *   Markdown and text files keep theirs (their front matter's tags and categories are the writer's own);
 * - the same tag is on any such article (the library's own vocabulary, which the user's typed tags join);
 * - it is on web pages of three or more different sites (a tag the reader gives across sites, "to-read", not one
 *   site's vocabulary).
 * Otherwise it moves, split into keywords when it is a whole list ("关注点;国家;发展"). An article that loses
 * keyword-tags also loses the old frequency words from `keywords` (they were never the page's keywords). A moved
 * tag is one of the article's keywords, searchable and shown in its header; only what the keyword rule never
 * keeps (bare numbers such as "2016") is dropped.
 */
import { keywordList } from './keyword-list';

export interface TaggedArticle {
  id: string;
  tags: readonly string[];
  keywords?: readonly string[] | null;
  originalName?: string | null;
  identifier?: string | null;
  source?: string | null;
  url?: string | null;
}

export interface SeparatedTags {
  tags: string[];
  keywords: string[];
}

const WEB_PAGE_FILE = /\.(?:x?html?|mhtml?|mht)$/i;
/** Sites a tag must be on before it counts as the reader's own tag across the web. */
const SITES_FOR_A_READERS_TAG = 3;

const fold = (tag: string): string => tag.normalize('NFKC').toLowerCase().trim();

function isWebPageArticle(article: TaggedArticle): boolean {
  return !article.identifier && WEB_PAGE_FILE.test(article.originalName ?? '');
}

function siteOf(article: TaggedArticle): string {
  if (article.source) return fold(article.source);
  try {
    return new URL(article.url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return `article:${article.id}`;
  }
}

/** What the old importer put in `keywords`: the text's most frequent words, lower-cased, one word each. */
function isWordFrequencyList(keywords: readonly string[]): boolean {
  return keywords.every((word) => word === word.toLowerCase() && !/\s/.test(word));
}

/** The tags that stay tags anywhere in the library: those on articles not from web pages, and readers' tags. */
function keptTags(articles: readonly TaggedArticle[]): Set<string> {
  const kept = new Set<string>();
  const sites = new Map<string, Set<string>>();
  for (const article of articles) {
    const web = isWebPageArticle(article);
    for (const tag of article.tags) {
      if (!web) kept.add(fold(tag));
      else sites.set(fold(tag), (sites.get(fold(tag)) ?? new Set()).add(siteOf(article)));
    }
  }
  for (const [tag, on] of sites) if (on.size >= SITES_FOR_A_READERS_TAG) kept.add(tag);
  return kept;
}

/** The articles whose tags and keywords change, with their new tags and keywords; the others are left out. */
export function separateKeywordTags(articles: readonly TaggedArticle[]): Map<string, SeparatedTags> {
  const kept = keptTags(articles);
  const changes = new Map<string, SeparatedTags>();
  for (const article of articles) {
    if (!isWebPageArticle(article)) continue;
    const tags = article.tags.filter((tag) => kept.has(fold(tag)));
    if (tags.length === article.tags.length) continue;
    const moved = article.tags.filter((tag) => !kept.has(fold(tag)));
    const old = article.keywords ?? [];
    changes.set(article.id, { tags, keywords: keywordList([...moved, ...(isWordFrequencyList(old) ? [] : old)]) });
  }
  return changes;
}
