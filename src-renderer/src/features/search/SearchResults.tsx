/** The results of a library search: how many, then the best of them, each a title to open and a snippet. */
import type { KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('search');
  const { result, preparing } = search;
  return (
    <section className="search-results" aria-label={t('search')} aria-busy={preparing || result === null}>
      <p className="search-count" role="status">
        {result ? (result.total === 0 ? t('noResults') : t('results', { count: result.total })) : preparing ? t('preparing') : ''}
      </p>
      {result?.corrected !== undefined && (
        <p className="search-corrected">
          <Trans t={t} i18nKey="showingResultsFor" components={[<em key="query">{result.corrected}</em>]} />
        </p>
      )}
      {result && result.articles.length > 0 && (
        <ul aria-label={t('searchResults')} onKeyDown={moveBetweenResults}>
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
        <p className="search-more">{t('showingBest', { count: RESULT_LIMIT })}</p>
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
