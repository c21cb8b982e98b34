/**
 * What the search index holds of the library: one document per article (title, author, source, body text,
 * notes, tags), and the version the library knows it by, so a stored index can be checked against the library.
 */
import type { ArticleRecord, NoteRecord, OffprintDatabase } from '../db/database';
import type { SearchDocument } from '../search';

/** Raise when the documents' shape or their version strings change: stored indexes are then rebuilt. */
export const DOCUMENT_SHAPE_VERSION = 1;

/** Articles and notes are read this many at a time, so no read holds the whole library. */
const PAGE = 500;

/** FNV-1a over the metadata that is indexed but not covered by the content hash. */
function metaHash(article: ArticleRecord): string {
  const text = [article.title, article.author ?? '', article.source ?? '', ...article.tags].join('\u0000');
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

function stampOf(notes: readonly NoteRecord[]): NotesStamp {
  let latest = '';
  for (const n of notes) if (n.updatedAt > latest) latest = n.updatedAt;
  return { count: notes.length, latest };
}

/** The article's body, its metadata and its notes, in a few characters: any change gives another version. */
export function documentVersion(article: ArticleRecord, notes: NotesStamp): string {
  return `${article.contentHash}|${metaHash(article)}|${notes.count}|${notes.latest}`;
}

/** The documents of these articles (those still in the library), read in one transaction. */
export async function loadDocuments(db: OffprintDatabase, ids: readonly string[]): Promise<SearchDocument[]> {
  return db.transaction('r', [db.articles, db.bodies, db.notes], async () => {
    const [articles, bodies, notes] = await Promise.all([
      db.articles.bulkGet([...ids]),
      db.bodies.bulkGet([...ids]),
      db.notes.where('articleId').anyOf([...ids]).toArray(),
    ]);
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
      docs.push({
        id: article.id,
        title: article.title,
        author: article.author,
        source: article.source,
        body: bodies[i]?.text ?? '',
        notes: articleNotes.map((n) => n.body),
        tags: article.tags,
        version: documentVersion(article, stampOf(articleNotes)),
      });
    });
    return docs;
  });
}

/** Every article's id and document version, read a page at a time (yielding between pages). */
export async function libraryVersions(db: OffprintDatabase, pause: () => Promise<void>): Promise<Map<string, string>> {
  const stamps = new Map<string, NotesStamp>();
  for (let after: string | null = null; ; ) {
    const page: NoteRecord[] = await (after === null ? db.notes.orderBy(':id') : db.notes.where(':id').above(after))
      .limit(PAGE)
      .toArray();
    for (const note of page) {
      const s = stamps.get(note.articleId) ?? { count: 0, latest: '' };
      s.count += 1;
      if (note.updatedAt > s.latest) s.latest = note.updatedAt;
      stamps.set(note.articleId, s);
    }
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) break;
    after = last.id;
    await pause();
  }
  const versions = new Map<string, string>();
  for (let after: string | null = null; ; ) {
    const page: ArticleRecord[] = await (after === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(after))
      .limit(PAGE)
      .toArray();
    for (const a of page) versions.set(a.id, documentVersion(a, stamps.get(a.id) ?? { count: 0, latest: '' }));
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) break;
    after = last.id;
    await pause();
  }
  return versions;
}
