/**
 * What the library list keeps of each article: the few fields it shows, sorts and filters by (no keywords, no
 * body), so that 100,000 of them stay small. Pure.
 */
import type { ArticleRecord } from './database';

export interface LibraryEntry {
  id: string;
  title: string;
  author: string | null;
  source: string | null;
  publishedAt: string | null;
  addedAt: string;
  language: string | null;
  tags: readonly string[];
  collections: readonly string[];
  /** Reading states (ISO 8601), null when not set. */
  favouritedAt: string | null;
  archivedAt: string | null;
  /** Only the link was imported (no text): the row says so. */
  linkOnly: boolean;
}

/** What the library knows about reading and notes, by article id (kept apart: it changes on its own). */
export interface ReadingFacts {
  /** Articles read to the end. */
  read: ReadonlySet<string>;
  /** How far each started article was read (0 to 1). */
  progress: ReadonlyMap<string, number>;
  /** Articles with at least one note. */
  noted: ReadonlySet<string>;
}

export const NO_READING_FACTS: ReadingFacts = { read: new Set(), progress: new Map(), noted: new Set() };

const EMPTY: readonly string[] = [];

export function toEntry(article: ArticleRecord): LibraryEntry {
  return {
    id: article.id,
    title: article.title,
    author: article.author || null,
    source: article.source || null,
    publishedAt: article.publishedAt || null,
    addedAt: article.addedAt,
    language: article.language || null,
    tags: article.tags.length > 0 ? article.tags : EMPTY,
    collections: article.collections && article.collections.length > 0 ? article.collections : EMPTY,
    favouritedAt: article.favouritedAt || null,
    archivedAt: article.archivedAt || null,
    linkOnly: article.linkOnly === true,
  };
}

/** Reading progress for sorting: 1 once read to the end, else how far it was read, 0 when never opened. */
export function progressOf(facts: ReadingFacts, id: string): number {
  return facts.read.has(id) ? 1 : (facts.progress.get(id) ?? 0);
}
