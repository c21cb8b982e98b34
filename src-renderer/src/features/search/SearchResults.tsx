/** The results of a library search: how many, then the best of them, each a title to open and a snippet. */
import type { KeyboardEvent } from 'react';
import type { LibrarySearch } from './use-library-search';
import { RESULT_LIMIT } from '../../data/search/run-search';
import { SnippetText } from './SnippetText';
import './search.css';

interface Props {
  search: LibrarySearch;
  onOpen: (articleId: string) => void;
  /** The article to give focus to when coming back from it. */
  focusId: string | null;
}

export function SearchResults({ search, onOpen, focusId }: Props) {
  const { result, preparing } = search;
  return (
    <section className="search-results" aria-label="Search" aria-busy={preparing || result === null}>
      <p className="search-count" role="status">
        {result ? countText(result.total) : preparing ? 'Preparing search…' : ''}
      </p>
      {result?.corrected !== undefined && (
        <p className="search-corrected">
          Showing results for <em>{result.corrected}</em>
        </p>
      )}
      {result && result.articles.length > 0 && (
        <ul aria-label="Search results" onKeyDown={moveBetweenResults}>
          {result.articles.map((article) => (
            <li key={article.id} className="search-result">
              <button type="button" className="search-result-title" autoFocus={article.id === focusId} onClick={() => onOpen(article.id)}>
                {article.title}
              </button>
              {article.snippet && (
                <p className="search-snippet">
                  <SnippetText snippet={article.snippet} cut={article.cut} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {result && result.total > result.articles.length && (
        <p className="search-more">Showing the best {RESULT_LIMIT}. Add words to narrow the search.</p>
      )}
    </section>
  );
}

/** ↓ / ↑ move between the results' titles; ↑ on the first goes back to the search box. */
function moveBetweenResults(event: KeyboardEvent<HTMLUListElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const titles = [...event.currentTarget.querySelectorAll<HTMLElement>('.search-result-title')];
  const at = titles.indexOf(event.target as HTMLElement);
  if (at === -1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? titles[at + 1] : (titles[at - 1] ?? document.querySelector<HTMLElement>('.search-box'));
  next?.focus();
}

function countText(total: number): string {
  if (total === 0) return 'No results';
  return total === 1 ? '1 result' : `${new Intl.NumberFormat().format(total)} results`;
}
