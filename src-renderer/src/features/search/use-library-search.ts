/**
 * The library's search box state: the query (kept while an article is open, so coming back shows the same
 * results), searched ~100 ms after the last keystroke and again whenever the index changes.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { OffprintDatabase } from '../../data/database';
import { runSearch, type LibrarySearchResult } from '../../data/search/run-search';
import { getSearchService } from '../../data/search/search-service';

const DEBOUNCE_MS = 100;
const lastQueries = new WeakMap<OffprintDatabase, string>();
const queryListeners = new Set<(db: OffprintDatabase, query: string) => void>();

/**
 * Puts `query` in the library's search box (the context menu's Search the Library): a box on screen shows it at
 * once, and the library shows it when it is next opened.
 */
export function searchLibraryFor(db: OffprintDatabase, query: string): void {
  lastQueries.set(db, query);
  for (const listener of [...queryListeners]) listener(db, query);
}

export interface LibrarySearch {
  query: string;
  setQuery: (query: string) => void;
  /** Something is typed: the results replace the article list. */
  active: boolean;
  /** The index is not ready yet (loading or being built). */
  preparing: boolean;
  /** The latest finished search; null before the first one. */
  result: LibrarySearchResult | null;
}

/**
 * `startIndex`: whether the index may be opened now (the library passes true once its first rows are shown, so
 * that opening the index does not hold them back); typing a query opens it in any case.
 */
export function useLibrarySearch(db: OffprintDatabase, startIndex: boolean): LibrarySearch {
  const service = getSearchService(db);
  const [query, setQueryState] = useState(() => lastQueries.get(db) ?? '');
  const active = query.trim() !== '';
  useEffect(() => {
    if (startIndex || active) void service.start();
  }, [service, startIndex, active]);
  // Only what this hook uses, as primitives: while nothing is typed, the index's progress (a new revision after
  // every indexed chunk) never renders the library again — at 100,000 articles such a render costs a frame.
  const ready = useSyncExternalStore(service.subscribe, () => service.getStatus().origin !== 'loading');
  const revision = useSyncExternalStore(service.subscribe, () => (active ? service.getStatus().revision : -1));
  const setQuery = useCallback(
    (next: string) => {
      lastQueries.set(db, next);
      setQueryState(next);
    },
    [db],
  );
  useEffect(() => {
    const listener = (changed: OffprintDatabase, next: string) => {
      if (changed === db) setQueryState(next);
    };
    queryListeners.add(listener);
    return () => {
      queryListeners.delete(listener);
    };
  }, [db]);
  const [result, setResult] = useState<LibrarySearchResult | null>(null);
  useEffect(() => {
    if (query.trim() === '' || !ready) return;
    let live = true;
    const timer = setTimeout(() => {
      runSearch(db, service, query).then(
        (found) => live && setResult(found),
        (error: unknown) => console.error('Search:', error),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [db, service, query, ready, revision]);
  return { query, setQuery, active, preparing: !ready, result: active ? result : null };
}
