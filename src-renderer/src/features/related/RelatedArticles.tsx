/**
 * "Related Articles" after the notes: up to five other articles like this one, each with why (see find-related.ts).
 * `data-related` is 'loading' until the list is computed, then 'ready'; `data-related-revision` is the search
 * index revision it reflects.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { useRelatedArticles } from './use-related-articles';

export function RelatedArticles({ article, onOpen }: { article: ArticleRecord; onOpen: (id: string) => void }) {
  const { t } = useTranslation('library');
  const db = useDb();
  const { articles: related, revision } = useRelatedArticles(db, article);
  const headingId = useId();

  return (
    <section
      className="related"
      aria-labelledby={headingId}
      aria-busy={related === null}
      data-related={related === null ? 'loading' : 'ready'}
      data-related-revision={revision}
    >
      <h2 id={headingId}>{t('relatedTitle')}</h2>
      {related && related.length === 0 && <p className="empty-related">{t('noRelated')}</p>}
      {related && related.length > 0 && (
        <ul className="related-list" aria-label={t('relatedList')}>
          {related.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
                {item.title}
              </button>
              <p className="related-reason">{item.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
