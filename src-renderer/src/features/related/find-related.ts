/**
 * Related Articles for one article: its text and metadata go to the search index's engine (a worker in the app)
 * as a "more like this" query; the hits come back with their titles and a reason each. Articles deleted since
 * the index last heard of them are left out.
 */
import type { TFunction } from 'i18next';
import type { ArticleRecord, OffprintDatabase } from '../../data/database';
import { RELATED_LIMIT, type MoreLikeThisOptions, type RelatedHit, type SearchDocument } from '../../../../src-shared/search';
import { relatedReason } from './related-reason';

export interface RelatedArticle {
  id: string;
  title: string;
  /** e.g. "Shares: climate, carbon, emissions · Same author: Mara Quist". */
  reason: string;
}

/** What finds the hits: the search index service (or, in tests, an index directly). */
export interface RelatedFinder {
  related(doc: SearchDocument, options?: MoreLikeThisOptions): Promise<RelatedHit[]>;
}

export async function findRelated(
  db: OffprintDatabase,
  finder: RelatedFinder,
  article: ArticleRecord,
  /** The words of the reasons, in the interface's language. */
  t: TFunction<'library'>,
  limit = RELATED_LIMIT,
): Promise<RelatedArticle[]> {
  const body = await db.bodies.get(article.id);
  const hits = await finder.related(
    {
      id: article.id,
      title: article.title,
      author: article.author,
      source: article.source,
      body: body?.text ?? '',
      tags: article.tags,
    },
    { limit },
  );
  const found = await db.articles.bulkGet(hits.map((hit) => hit.id));
  const out: RelatedArticle[] = [];
  hits.forEach((hit, i) => {
    const other = found[i];
    if (other && other.id !== article.id) out.push({ id: other.id, title: other.title, reason: relatedReason(hit, article, t) });
  });
  return out;
}
