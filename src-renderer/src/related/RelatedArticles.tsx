/** "Related Articles" after the notes: up to five other articles, each with why it is related. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { listArticles } from '../db/articles-repo';
import type { ArticleRecord } from '../db/database';
import { useDb } from '../db/db-context';
import { relatedArticles } from './related-articles';

export function RelatedArticles({ article, onOpen }: { article: ArticleRecord; onOpen: (id: string) => void }) {
  const db = useDb();
  const related = useLiveQuery(async () => relatedArticles(article, await listArticles(db)), [db, article]);
  const headingId = useId();

  return (
    <section className="related" aria-labelledby={headingId}>
      <h2 id={headingId}>Related Articles</h2>
      {related && related.length === 0 && <p className="empty-related">No related articles in your library yet.</p>}
      {related && related.length > 0 && (
        <ul className="related-list" aria-label="Related articles">
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
