/**
 * The library: every article (title, source, published date), newest added first. Tells the app when the list
 * has been shown, which is the moment the app reports itself ready.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listRecentArticles } from '../db/articles-repo';
import { useDb } from '../db/db-context';
import { ExportStatus } from '../exporting/ExportStatus';
import { LibraryExportBar } from '../exporting/LibraryExportBar';
import { useSelection } from '../exporting/use-selection';
import { SearchBox } from '../search-ui/SearchBox';
import { SearchResults } from '../search-ui/SearchResults';
import { useLibrarySearch } from '../search-ui/use-library-search';
import { NotesViewButton } from '../notes-library/show-notes';
import { ArticleListItem } from './ArticleListItem';

interface Props {
  onOpen: (articleId: string) => void;
  onImport: () => void;
  /** Opens Import history (past imports and their reports). */
  onShowHistory?: () => void;
  /** Called after the list (or its empty state) has rendered. */
  onShown: () => void;
  /** The article to give focus to when coming back from it. */
  focusId: string | null;
}

export function LibraryView({ onOpen, onImport, onShowHistory, onShown, focusId }: Props) {
  const db = useDb();
  // At most a page of rows (cheap to render again after every chunk of an import); Show more adds a page.
  const [limit, setLimit] = useState(LIST_PAGE);
  const page = useLiveQuery(() => listRecentArticles(db, limit), [db, limit]);
  const articles = page?.articles;
  const loaded = articles !== undefined;
  const selection = useSelection();
  const search = useLibrarySearch(db);
  useEffect(() => {
    if (loaded) onShown();
  }, [loaded, onShown]);

  return (
    <main className="library" aria-busy={!loaded}>
      <header className="library-header">
        <h1>Library</h1>
        {page && <p className="library-count">{countText(page.total)}</p>}
        <button type="button" className="import-button" onClick={onImport}>
          Import…
        </button>
        {onShowHistory && (
          <button type="button" className="quiet-button history-button" onClick={onShowHistory}>
            Import history
          </button>
        )}
        <NotesViewButton />
        <SearchBox value={search.query} onChange={search.setQuery} />
      </header>
      {search.active && <SearchResults search={search} onOpen={onOpen} focusId={focusId} />}
      {!search.active && articles && articles.length === 0 && (
        <p className="empty-library">
          Your library is empty. Choose Import… or drop files on this window to add articles.
        </p>
      )}
      {!search.active && articles && articles.length > 0 && (
        <LibraryExportBar selectedIds={selection.selected} onClearSelection={selection.clear} />
      )}
      {!search.active && articles && articles.length > 0 && (
        <ul className="article-list" aria-label="Articles">
          {articles.map((article) => (
            <ArticleListItem
              key={article.id}
              article={article}
              onOpen={onOpen}
              autoFocus={article.id === focusId}
              selected={selection.selected.has(article.id)}
              onToggleSelect={selection.toggle}
            />
          ))}
        </ul>
      )}
      {!search.active && page && page.total > page.articles.length && (
        <p className="library-more">
          Showing the {page.articles.length} most recently added.{' '}
          <button type="button" className="quiet-button" onClick={() => setLimit((n) => n + LIST_PAGE)}>
            Show more
          </button>
        </p>
      )}
      <ExportStatus />
    </main>
  );
}

const LIST_PAGE = 300;

function countText(n: number): string {
  return n === 1 ? '1 article' : `${new Intl.NumberFormat().format(n)} articles`;
}
