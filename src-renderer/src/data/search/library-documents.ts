/**
 * What the search index holds of the library: one document per article (title, author, source, body text,
 * notes and highlights — their quotes and their notes —, the page's keywords, tags), and the version the library knows it by, so a stored index can be checked against the library.
 * A link-only entry has no text: its address and tags are searched as its text, so it is found by them.
 */
import type { ArticleRecord, HighlightRecord, NoteRecord, OffprintDatabase } from '../database';
import { highlightQuote } from '../../../../src-shared/anchoring/highlight-record';
import type { SearchDocument } from '../../../../src-shared/search';
import { VersionListBuilder, type VersionList } from '../../../../src-shared/search/engine/version-list';

/** Raise when the documents' shape or their version strings change: stored indexes are then rebuilt. */
export const DOCUMENT_SHAPE_VERSION = 3; // 3: keywords

/** Articles and notes are read this many at a time, so no read holds the whole library. */
const PAGE = 500;

/** FNV-1a over the metadata that is indexed but not covered by the content hash. */
function metaHash(article: ArticleRecord): string {
  const text = [article.title, article.author ?? '', article.source ?? '', ...article.tags, '', ...(article.keywords ?? [])].join('\u0000');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

interface NotesStamp {
  count: number;
  latest: string;
}

/** When a note or highlight last changed. */
function changedAt(item: NoteRecord | HighlightRecord): string {
  return item.updatedAt ?? item.createdAt;
}

function addToStamp(stamps: Map<string, NotesStamp>, item: NoteRecord | HighlightRecord): void {
  const s = stamps.get(item.articleId) ?? { count: 0, latest: '' };
  s.count += 1;
  if (changedAt(item) > s.latest) s.latest = changedAt(item);
  stamps.set(item.articleId, s);
}

function stampOf(items: readonly (NoteRecord | HighlightRecord)[]): NotesStamp {
  let latest = '';
  for (const item of items) if (changedAt(item) > latest) latest = changedAt(item);
  return { count: items.length, latest };
}

/** What a highlight adds to the search: the passage and the reader's note on it. */
function highlightText(highlight: HighlightRecord): string {
  return highlight.note ? `${highlightQuote(highlight)}\n${highlight.note}` : highlightQuote(highlight);
}

/** What is searched as a link-only entry's text: the words of its address (`slow-reading` → `slow reading`) and its tags. */
export function linkOnlyText(article: Pick<ArticleRecord, 'url' | 'tags'>): string {
  return [(article.url ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), ...article.tags].join('\n');
}

/** The article's body, its metadata, notes and highlights, in a few characters: any change gives another version. */
export function documentVersion(article: ArticleRecord, notes: NotesStamp): string {
  return `${article.contentHash}|${metaHash(article)}|${notes.count}|${notes.latest}`;
}

/** The documents of these articles (those still in the library), read in one transaction. */
export async function loadDocuments(db: OffprintDatabase, ids: readonly string[]): Promise<SearchDocument[]> {
  return db.transaction('r', [db.articles, db.bodies, db.notes, db.highlights], async () => {
    const [articles, bodies, notes, highlights] = await Promise.all([
      db.articles.bulkGet([...ids]),
      db.bodies.bulkGet([...ids]),
      db.notes.where('articleId').anyOf([...ids]).toArray(),
      db.highlights.where('articleId').anyOf([...ids]).toArray(),
    ]);
    const highlightsOf = new Map<string, HighlightRecord[]>();
    for (const highlight of highlights.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      const list = highlightsOf.get(highlight.articleId);
      if (list) list.push(highlight);
      else highlightsOf.set(highlight.articleId, [highlight]);
    }
    const notesOf = new Map<string, NoteRecord[]>();
    for (const note of notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      const list = notesOf.get(note.articleId);
      if (list) list.push(note);
      else notesOf.set(note.articleId, [note]);
    }
    const docs: SearchDocument[] = [];
    articles.forEach((article, i) => {
      if (!article) return;
      const articleNotes = notesOf.get(article.id) ?? [];
      const articleHighlights = highlightsOf.get(article.id) ?? [];
      docs.push({
        id: article.id,
        title: article.title,
        author: article.author,
        source: article.source,
        body: article.linkOnly ? linkOnlyText(article) : (bodies[i]?.text ?? ''),
        notes: [...articleNotes.map((n) => n.body), ...articleHighlights.map(highlightText)],
        keywords: article.keywords ?? [],
        tags: article.tags,
        version: documentVersion(article, stampOf([...articleNotes, ...articleHighlights])),
      });
    });
    return docs;
  });
}

/** Every article's id and document version, read a page at a time (yielding between pages). */
export async function libraryVersions(db: OffprintDatabase, pause: () => Promise<void>): Promise<VersionList> {
  const stamps = new Map<string, NotesStamp>();
  for (const table of [db.notes, db.highlights] as const) {
    for (let after: string | null = null; ; ) {
      const page: (NoteRecord | HighlightRecord)[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after))
        .limit(PAGE)
        .toArray();
      for (const item of page) addToStamp(stamps, item);
      const last = page[page.length - 1];
      if (!last || page.length < PAGE) break;
      after = last.id;
      await pause();
    }
  }
  const versions = new VersionListBuilder();
  for (let after: string | null = null; ; ) {
    const page: ArticleRecord[] = await (after === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(after))
      .limit(PAGE)
      .toArray();
    versions.addPage(page.map((a) => [a.id, documentVersion(a, stamps.get(a.id) ?? { count: 0, latest: '' })] as const));
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) break;
    after = last.id;
    await pause();
  }
  return versions.build();
}
