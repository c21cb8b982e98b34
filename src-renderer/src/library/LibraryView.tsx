/**
 * The library: every article (title, source, published date), newest added first. Tells the app when the list
 * has been shown, which is the moment the app reports itself ready.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { listArticles } from '../db/articles-repo';
import { useDb } from '../db/db-context';
import { ArticleListItem } from './ArticleListItem';

interface Props {
  onOpen: (articleId: string) => void;
  onImport: () => void;
  /** Called after the list (or its empty state) has rendered. */
  onShown: () => void;
  /** The article to give focus to when coming back from it. */
  focusId: string | null;
}

export function LibraryView({ onOpen, onImport, onShown, focusId }: Props) {
  const db = useDb();
  const articles = useLiveQuery(() => listArticles(db), [db]);
  const loaded = articles !== undefined;
  useEffect(() => {
    if (loaded) onShown();
  }, [loaded, onShown]);

  return (
    <main className="library" aria-busy={!loaded}>
      <header className="library-header">
        <h1>Library</h1>
        {articles && <p className="library-count">{countText(articles.length)}</p>}
        <button type="button" className="import-button" onClick={onImport}>
          Import…
        </button>
      </header>
      {articles && articles.length === 0 && (
        <p className="empty-library">
          Your library is empty. Choose Import… or drop files on this window to add articles.
        </p>
      )}
      {articles && articles.length > 0 && (
        <ul className="article-list" aria-label="Articles">
          {articles.map((article) => (
            <ArticleListItem key={article.id} article={article} onOpen={onOpen} autoFocus={article.id === focusId} />
          ))}
        </ul>
      )}
    </main>
  );
}

function countText(n: number): string {
  return n === 1 ? '1 article' : `${new Intl.NumberFormat().format(n)} articles`;
}
