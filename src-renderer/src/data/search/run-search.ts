/** One search of the library: the best hits of the index, with their titles and a snippet of each. */
import type { NoteRecord, OffprintDatabase } from '../database';
import { makeSnippet, parseQuery, type ParsedQuery, type Snippet } from '../../../../src-shared/search';
import type { SearchIndexService } from './index-service';

export interface FoundArticle {
  id: string;
  title: string;
  /** Where the query matches in the body (or, failing that, the notes); the body's start when neither matches. */
  snippet: Snippet | null;
  /** The snippet stops before the end of its text. */
  cut: boolean;
}

export interface LibrarySearchResult {
  query: string;
  /** Every matching article. */
  total: number;
  /** The best of them, best first. */
  articles: FoundArticle[];
  /** The query searched instead, when words of the typed one matched nothing and were corrected. */
  corrected?: string;
}

/** The results list shows at most this many. */
export const RESULT_LIMIT = 50;

export async function runSearch(
  db: OffprintDatabase,
  service: SearchIndexService,
  query: string,
  limit = RESULT_LIMIT,
): Promise<LibrarySearchResult> {
  const parsed = parseQuery(query);
  if (parsed.clauses.length === 0) return { query, total: 0, articles: [] };
  const { total, hits, corrected } = await service.search(parsed, { limit });
  const marked = corrected === undefined ? parsed : parseQuery(corrected);
  const ids = hits.map((hit) => hit.id);
  const [articles, bodies, notes] = await db.transaction('r', [db.articles, db.bodies, db.notes], () =>
    Promise.all([db.articles.bulkGet(ids), db.bodies.bulkGet(ids), db.notes.where('articleId').anyOf(ids).toArray()]),
  );
  const found: FoundArticle[] = [];
  articles.forEach((article, i) => {
    if (!article) return;
    const articleNotes = notes.filter((n) => n.articleId === article.id);
    found.push({ id: article.id, title: article.title, ...snippetFor(bodies[i]?.text ?? '', articleNotes, marked) });
  });
  return corrected === undefined ? { query, total, articles: found } : { query, total, articles: found, corrected };
}

function snippetFor(body: string, notes: NoteRecord[], query: ParsedQuery): Pick<FoundArticle, 'snippet' | 'cut'> {
  const fromBody = makeSnippet(body, query, { field: 'body' });
  if (fromBody.ranges.length > 0) return { snippet: fromBody, cut: fromBody.end < body.length };
  const noteText = notes.map((n) => n.body).join('\n\n');
  const fromNotes = makeSnippet(noteText, query, { field: 'notes' });
  if (fromNotes.ranges.length > 0) return { snippet: fromNotes, cut: fromNotes.end < noteText.length };
  if (body === '') return { snippet: null, cut: false };
  return { snippet: fromBody, cut: fromBody.end < body.length };
}
