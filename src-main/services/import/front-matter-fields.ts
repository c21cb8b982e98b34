/**
 * The fields of a Markdown file's front matter (YAML or TOML), under their usual names and aliases, as article
 * metadata. Dates keep the day they were published on in their own time zone (`2017-09-28T23:30:00-05:00` is the
 * 28th), whichever way the front matter's parser represents them.
 */
import { TomlDate } from 'smol-toml';
import type { FoundMeta } from './build-article';
import { findDate, parseDate } from './dates';
import { sourceName } from './site-name';

const ALIASES: Readonly<Record<keyof FoundMeta, readonly string[]>> = {
  title: ['title', 'headline', 'name'],
  author: ['author', 'authors', 'creator', 'creators', 'by', 'byline', 'writer'],
  source: ['source', 'publisher', 'publication', 'site', 'site_name', 'sitename', 'via'],
  url: ['url', 'link', 'source_url', 'canonical_url', 'canonical', 'original_url', 'permalink', 'href'],
  publishedAt: ['date', 'published', 'published_at', 'publish_date', 'pubdate', 'date_published', 'created', 'created_at'],
  submittedAt: ['submitted', 'submitted_at', 'submit_time', 'submit_date'],
  language: ['lang', 'language', 'locale', 'inlanguage'],
  // Front matter's tags are the writer's tags (often the user's own notes); its keywords are the article's keywords.
  tags: ['tags', 'tag', 'categories', 'category', 'topics', 'subjects'],
  keywords: ['keywords', 'keyword'],
};

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value) return asText(value.name);
  return null;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(asList);
  const text = asText(value);
  return text ? text.split(/\s*[,，、;；]\s*/).filter((item) => item !== '') : [];
}

function asDate(value: unknown): string | null {
  // A TOML date keeps its own form (`2017-09-28T23:30:00.000-05:00`); a YAML one reaching here is already UTC.
  if (value instanceof TomlDate) return value.isTime() ? null : parseDate(value.toISOString());
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = asText(value);
  return text ? (parseDate(text) ?? findDate(text)?.iso ?? null) : null;
}

function pick(data: Map<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (data.has(name)) return data.get(name);
  return undefined;
}

/**
 * YAML turns `date: 2017-09-28T23:30:00-05:00` into a moment in UTC (the 29th): such values are taken back as
 * written in the front matter's own text, so that the date stays the one the author wrote.
 */
function asWritten(key: string, value: unknown, frontMatter: string): unknown {
  if (!(value instanceof Date) || value instanceof TomlDate) return value;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^["']?${escaped}["']?\\s*:\\s*["']?([^"'#\\n]+)`, 'm').exec(frontMatter);
  return line?.[1]?.trim() || value;
}

/** The article metadata in front matter `raw`, parsed from the text `frontMatter`. */
export function metaFromFrontMatter(raw: Record<string, unknown>, frontMatter: string): FoundMeta {
  const data = new Map(
    Object.entries(raw).map(([key, value]) => [key.toLowerCase().replace(/-/g, '_'), asWritten(key, value, frontMatter)]),
  );
  let source = asText(pick(data, ALIASES.source));
  let url = asText(pick(data, ALIASES.url));
  if (source && /^https?:\/\//i.test(source)) {
    url ??= source;
    source = sourceName(source);
  }
  return {
    title: asText(pick(data, ALIASES.title)),
    author: asList(pick(data, ALIASES.author)).join(', ') || null,
    source,
    url: url && /^https?:\/\/\S+$/i.test(url) ? url : null,
    publishedAt: asDate(pick(data, ALIASES.publishedAt)),
    submittedAt: asDate(pick(data, ALIASES.submittedAt)),
    language: asText(pick(data, ALIASES.language)),
    tags: ALIASES.tags.flatMap((name) => asList(data.get(name))),
    keywords: ALIASES.keywords.flatMap((name) => asList(data.get(name))),
  };
}
