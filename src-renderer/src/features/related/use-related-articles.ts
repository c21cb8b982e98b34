/**
 * The related articles of the open article, kept current: asked again whenever the search index changes (an
 * article added, edited or deleted) or the article itself does. Null until the first answer.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRecord, OffprintDatabase } from '../../data/database';
import { getSearchService } from '../../data/search/search-service';
import { findRelated, type RelatedArticle } from './find-related';

export interface RelatedState {
  articles: RelatedArticle[] | null;
  /** The index revision the list was computed from (for tests and diagnostics). */
  revision: number;
}

export function useRelatedArticles(db: OffprintDatabase, article: ArticleRecord): RelatedState {
  const { t } = useTranslation('library');
  const service = getSearchService(db);
  useEffect(() => void service.start(), [service]);
  const status = useSyncExternalStore(service.subscribe, service.getStatus);
  const [state, setState] = useState<RelatedState & { articleId: string | null }>({
    articles: null,
    revision: -1,
    articleId: null,
  });
  const ready = status.origin !== 'loading';
  const revision = status.revision;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    findRelated(db, service, article, t).then(
      (articles) => live && setState({ articles, revision, articleId: article.id }),
      (error: unknown) => console.error('Related articles:', error),
    );
    return () => {
      live = false;
    };
  }, [db, service, article, ready, revision, t]);
  // Another article's list is never shown, not even for a moment.
  return state.articleId === article.id ? state : { articles: null, revision: -1 };
}
