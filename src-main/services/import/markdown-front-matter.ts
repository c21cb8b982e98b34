/**
 * Front matter of a Markdown file (YAML between `---` lines) read with gray-matter, and its fields, under their
 * usual names and aliases, as article metadata. gray-matter's JavaScript front matter (`---js`) would run code
 * from the file: it is refused, as is every language but YAML (and JSON).
 */
import matter from 'gray-matter';
import { findDate, parseDate } from './dates';
import { ImportProblem } from './import-problem';
import type { FoundMeta } from './build-article';

const refuse = (): never => {
  throw new Error('only YAML front matter is read');
};
const OPTIONS = { engines: { javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse } };

const ALIASES: Readonly<Record<Exclude<keyof FoundMeta, 'tags'> | 'tags', readonly string[]>> = {
  title: ['title', 'headline', 'name'],
  author: ['author', 'authors', 'creator', 'creators', 'by', 'byline', 'writer'],
  source: ['source', 'publisher', 'publication', 'site', 'site_name', 'sitename', 'via'],
  url: ['url', 'link', 'source_url', 'canonical_url', 'canonical', 'original_url', 'permalink', 'href'],
  publishedAt: ['date', 'published', 'published_at', 'publish_date', 'pubdate', 'date_published', 'created', 'created_at'],
  submittedAt: ['submitted', 'submitted_at', 'submit_time', 'submit_date'],
  language: ['lang', 'language', 'locale', 'inlanguage'],
  tags: ['tags', 'tag', 'keywords', 'categories', 'category', 'topics', 'subjects'],
};

export interface FrontMatter {
  meta: FoundMeta;
  content: string;
}

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
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = asText(value);
  return text ? (parseDate(text) ?? findDate(text)?.iso ?? null) : null;
}

function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function pick(data: Map<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (data.has(name)) return data.get(name);
  return undefined;
}

function metaFrom(raw: Record<string, unknown>): FoundMeta {
  const data = new Map(Object.entries(raw).map(([key, value]) => [key.toLowerCase().replace(/-/g, '_'), value]));
  let source = asText(pick(data, ALIASES.source));
  let url = asText(pick(data, ALIASES.url));
  if (source && /^https?:\/\//i.test(source)) {
    url ??= source;
    source = hostName(source);
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
  };
}

/** Splits the front matter from the Markdown; throws an ImportProblem when the front matter is broken. */
export function readFrontMatter(text: string): FrontMatter {
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(text, OPTIONS);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : '';
    throw new ImportProblem(`The front matter (the block between the --- lines at the top) could not be read${why ? `: ${why}` : ''}.`);
  }
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { meta: { title: null }, content: parsed.content };
  return { meta: metaFrom(data as Record<string, unknown>), content: parsed.content };
}
