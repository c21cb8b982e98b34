/**
 * The last step of every importer: the metadata it found, plus the measures computed from the plain text
 * (word count, hash, language), as one complete ParsedArticle, or an ImportProblem when there is no text.
 */
import { keywordList } from '../../../src-shared/article/keyword-list';
import type { ArticleBody, ArticleMeta, ParsedArticle, ParsedAsset } from '../../../src-shared/contract';
import { ImportProblem } from './import-problem';
import { contentHash, countWords, detectLanguage, normaliseText } from './text-stats';
import { isWebAddress } from '../../../src-shared/article/url-policy';

/** What an importer knows about an article; everything else is computed. */
export interface FoundMeta {
  title: string | null;
  author?: string | null;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  submittedAt?: string | null;
  /** The language the file declares, if any (otherwise it is detected from the text). */
  language?: string | null;
  /** Tags a user, a bundle or a migration gave the article: never a page's own keywords. */
  tags?: string[];
  /** The page's own keywords (meta keywords, `article:tag`, JSON-LD, front matter): split and deduplicated here. */
  keywords?: string[];
}

export interface ArticleParts {
  fileName: string;
  meta: FoundMeta;
  body: ArticleBody;
  /** The body's plain text, before normalisation. */
  text: string;
  assets?: ParsedAsset[];
}

const MAX_TITLE_LENGTH = 300;

/** A title cut to the longest the library keeps, with an ellipsis where it was cut. */
export function fitTitle(title: string): string {
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}

/** The file name without its extension: the title of last resort. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '');
  const stem = base.replace(/\.[^.]+$/, '');
  return (stem === '' ? base : stem).trim() || 'Untitled';
}

/** Trimmed single-line text, or null when nothing is left. */
export function cleanField(value: string | null | undefined): string | null {
  const clean = value?.replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}

/** Tags trimmed, without empties and duplicates (case-insensitively), in their first order. */
export function cleanTags(tags: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags ?? []) {
    const clean = cleanField(tag);
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    result.push(clean);
  }
  return result.slice(0, 100);
}

/** An article's address is an http(s) URL or nothing (a bundle's `url` could say file:///etc/passwd). */
function webAddressOrNull(url: string | null): string | null {
  return isWebAddress(url) ? url : null;
}

export function buildArticle(parts: ArticleParts): ParsedArticle {
  const text = normaliseText(parts.text);
  if (text.length === 0 || parts.body.content.trim().length === 0) throw new ImportProblem('noText');
  const { meta: found } = parts;
  const language = detectLanguage(text, found.language);
  const title = cleanField(found.title) ?? titleFromFileName(parts.fileName);
  const wordCount = countWords(text);
  const meta: ArticleMeta = {
    title: fitTitle(title),
    author: cleanField(found.author),
    source: cleanField(found.source),
    url: webAddressOrNull(cleanField(found.url)),
    publishedAt: found.publishedAt ?? null,
    submittedAt: found.submittedAt ?? null,
    language,
    tags: cleanTags(found.tags),
    wordCount,
    contentHash: contentHash(text, true),
    keywords: keywordList(found.keywords ?? []),
    originalName: parts.fileName.replace(/^.*[/\\]/, ''),
  };
  return { meta, body: parts.body, text, assets: parts.assets ?? [] };
}
