/** How the bundle tool shows an article or a failure: a JSON object (inspect --json) or a few lines of text. */
import type { ImportFailure, ParsedArticle } from '../../src-shared/contract';
import { formatSize } from '../services/import/import-problem';

export interface ArticleJson {
  kind: 'article';
  path: string;
  title: string;
  author: string | null;
  source: string | null;
  publishedAt: string | null;
  submittedAt: string | null;
  language: string | null;
  url: string | null;
  tags: string[];
  wordCount: number;
  format: ParsedArticle['body']['format'];
  /** Only the link was imported (a Pocket item): no text. */
  linkOnly: boolean;
  identifier: string | null;
  contentHash: string;
  assets: { name: string; mediaType: string; bytes: number }[];
  notes: number;
  highlights: number;
  text: string;
}

export interface FailureJson extends ImportFailure {
  kind: 'failure';
}

export function articleJson(path: string, article: ParsedArticle): ArticleJson {
  const { meta } = article;
  return {
    kind: 'article',
    path,
    title: meta.title,
    author: meta.author,
    source: meta.source,
    publishedAt: meta.publishedAt,
    submittedAt: meta.submittedAt,
    language: meta.language,
    url: meta.url,
    tags: meta.tags,
    wordCount: meta.wordCount,
    format: article.body.format,
    linkOnly: meta.linkOnly === true,
    identifier: meta.identifier ?? null,
    contentHash: meta.contentHash,
    assets: article.assets.map((asset) => ({ name: asset.name, mediaType: asset.mediaType, bytes: asset.bytes.length })),
    notes: article.annotations?.notes.length ?? 0,
    highlights: article.annotations?.highlights.length ?? 0,
    text: article.text,
  };
}

export function failureJson(failure: ImportFailure): FailureJson {
  return { kind: 'failure', path: failure.path, reason: failure.reason };
}

const FORMAT_NAMES = { text: 'text', markdown: 'Markdown', html: 'HTML' } as const;

export function articleLines(path: string, article: ParsedArticle): string {
  const { meta } = article;
  const rows: [string, string | null][] = [
    ['Title', meta.title],
    ['Author', meta.author],
    ['Source', meta.source],
    ['Published', meta.publishedAt],
    ['Submitted', meta.submittedAt],
    ['Language', meta.language],
    ['Words', String(meta.wordCount)],
    ['Tags', meta.tags.length > 0 ? meta.tags.join(', ') : null],
    ['URL', meta.url],
    ['Text', meta.linkOnly ? 'none: only the link was imported' : null],
    ['Images', article.assets.length > 0 ? `${article.assets.length} (${formatSize(article.assets.reduce((n, a) => n + a.bytes.length, 0))})` : null],
    ['Notes', article.annotations?.notes.length ? String(article.annotations.notes.length) : null],
    ['Highlights', article.annotations?.highlights.length ? String(article.annotations.highlights.length) : null],
  ];
  const body = rows.filter(([, value]) => value !== null).map(([label, value]) => `  ${`${label}:`.padEnd(12)}${value}`);
  return [`${path} (${FORMAT_NAMES[article.body.format]})`, ...body].join('\n');
}

export function failureLine(failure: ImportFailure): string {
  return `${failure.path}: ${failure.reason}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
