/**
 * Reading the library list's entries: the first page in the chosen order straight from an index (shown while the
 * rest loads), then every article in chunks by id, with a pause between chunks so the window keeps drawing; and
 * what the library knows about reading (settings `reader.read.*`, `reader.position.*`) and notes and highlights.
 */
import { NO_READING_FACTS, toEntry, type LibraryEntry, type ReadingFacts } from './library-entry';
import { sortEntries, type LibrarySort } from './library-sort';
import { parsePosition } from './reading-position-store';
import type { ArticleRecord, OffprintDatabase } from './database';

/** Articles per chunk: a few milliseconds of the window's time each. */
export const ENTRY_CHUNK = 2000;

const INDEXED: Partial<Record<LibrarySort['field'], 'addedAt' | 'publishedAt'>> = { added: 'addedAt', published: 'publishedAt' };

/**
 * The first `limit` entries in the given order, when an index gives that order (dates); null otherwise (the list
 * then waits for everything). It does not count the library (counting 100,000 rows costs more than the page).
 */
export async function loadFirstEntries(db: OffprintDatabase, sort: LibrarySort, limit: number): Promise<LibraryEntry[] | null> {
  const index = INDEXED[sort.field];
  if (!index) return null;
  const ordered = db.articles.orderBy(index);
  const articles = await (sort.direction === 'desc' ? ordered.reverse() : ordered).limit(limit).toArray();
  // A short page by publication date may leave out the undated articles: wait for the whole list instead.
  if (articles.length < limit && index === 'publishedAt') return null;
  // The index orders articles of the same date by id; the list orders them by title (library-sort.ts), so that the
  // first page does not change order when the whole list replaces it.
  return sortEntries(articles.map(toEntry), sort, NO_READING_FACTS);
}

/** Every article's entry, a chunk at a time; `onChunk` sees each chunk as it arrives. */
export async function loadAllEntries(
  db: OffprintDatabase,
  onChunk: (entries: LibraryEntry[]) => void,
  isCancelled: () => boolean,
  pause: () => Promise<void> = nextTask,
): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const query = last === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(last);
    const chunk: ArticleRecord[] = await query.limit(ENTRY_CHUNK).toArray();
    if (isCancelled()) return;
    onChunk(chunk.map(toEntry));
    if (chunk.length < ENTRY_CHUNK) return;
    last = chunk[chunk.length - 1]!.id;
    await pause();
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The entries of these articles now (undefined: no longer in the library). */
export async function loadEntries(db: OffprintDatabase, ids: readonly string[]): Promise<(LibraryEntry | undefined)[]> {
  const articles = await db.articles.bulkGet([...ids]);
  return articles.map((article) => (article ? toEntry(article) : undefined));
}

const READ_PREFIX = 'reader.read.';
const POSITION_PREFIX = 'reader.position.';

export async function loadReadingFacts(db: OffprintDatabase): Promise<ReadingFacts> {
  // "Has notes" means annotated: a note or a highlight.
  const [reads, positions, noted, highlighted] = await Promise.all([
    db.settings.where('key').startsWith(READ_PREFIX).toArray(),
    db.settings.where('key').startsWith(POSITION_PREFIX).toArray(),
    db.notes.orderBy('articleId').uniqueKeys(),
    db.highlights.orderBy('articleId').uniqueKeys(),
  ]);
  const progress = new Map<string, number>();
  for (const row of positions) {
    const position = parsePosition(row.value);
    if (position) progress.set(row.key.slice(POSITION_PREFIX.length), position.fraction);
  }
  return {
    read: new Set(reads.filter((row) => typeof row.value === 'string').map((row) => row.key.slice(READ_PREFIX.length))),
    progress,
    noted: new Set([...noted, ...highlighted].map(String)),
  };
}
