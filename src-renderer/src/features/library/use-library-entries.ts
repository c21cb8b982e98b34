/**
 * The library list's entries, following the database: the first page as soon as an index gives it (so the list
 * shows at once), then every article loaded in chunks, then only the articles a change touched are read again
 * (the same change feed the search index follows). Updates are coalesced, at most one per UPDATE_MS.
 */
import { useEffect, useState } from 'react';
import type { OffprintDatabase } from '../../data/database';
import { loadAllEntries, loadEntries, loadFirstEntries } from '../../data/library-entries-repo';
import { watchLibrary } from '../../data/change-feed';
import type { LibraryEntry } from '../../data/library-entry';
import type { LibrarySort } from '../../data/library-sort';

/** Rows read straight from an index before the whole library has loaded. */
export const FIRST_PAGE = 60;
const UPDATE_MS = 150;

export interface LibraryEntries {
  /** Every entry once complete (in no particular order); before that the first page, in the sort's order. */
  entries: readonly LibraryEntry[];
  /** How many articles the library holds; null while it is being counted. */
  total: number | null;
  complete: boolean;
  /** Something to show (the first page or everything). */
  loaded: boolean;
}

const LOADING: LibraryEntries = { entries: [], total: null, complete: false, loaded: false };

/** `initialSort`: the order the list opens in (the first page is read in it); null until it is known. */
export function useLibraryEntries(
  db: OffprintDatabase,
  initialSort: LibrarySort | null,
  onError: (error: unknown) => void,
): LibraryEntries {
  const [state, setState] = useState<LibraryEntries>(LOADING);

  useEffect(() => {
    if (!initialSort) return undefined;
    let cancelled = false;
    let loading = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let chain: Promise<void> = Promise.resolve();
    const byId = new Map<string, LibraryEntry>();
    const pending = new Set<string>();

    const publish = () => {
      timer = undefined;
      if (!cancelled) setState({ entries: [...byId.values()], total: byId.size, complete: true, loaded: true });
    };
    const refresh = async () => {
      if (pending.size === 0 || cancelled) return;
      const ids = [...pending];
      pending.clear();
      const fresh = await loadEntries(db, ids);
      ids.forEach((id, i) => {
        const entry = fresh[i];
        if (entry) byId.set(id, entry);
        else byId.delete(id);
      });
      timer ??= setTimeout(publish, UPDATE_MS);
    };
    const stop = watchLibrary(db, (ids) => {
      for (const id of ids) pending.add(id);
      if (!loading) chain = chain.then(refresh).catch(onError);
    });

    void (async () => {
      const first = await loadFirstEntries(db, initialSort, FIRST_PAGE);
      if (cancelled) return;
      // A short page by date added is the whole library.
      const known = first && first.length < FIRST_PAGE ? first.length : null;
      if (first) setState((state) => ({ entries: first, total: state.total ?? known, complete: false, loaded: true }));
      // Counted after the first page, never beside it: IndexedDB serves one origin's requests in turn, and
      // counting 100,000 articles walks them all (about 250 ms in bench:library), which the first page would wait for.
      if (known === null) {
        const total = await db.articles.count();
        if (!cancelled) setState((state) => (state.complete ? state : { ...state, total }));
      }
      await loadAllEntries(
        db,
        (chunk) => {
          for (const entry of chunk) byId.set(entry.id, entry);
        },
        () => cancelled,
      );
      if (cancelled) return;
      loading = false;
      publish();
      chain = chain.then(refresh);
      await chain;
    })().catch(onError);

    return () => {
      cancelled = true;
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [db, initialSort, onError]);

  return state;
}
