/**
 * The library: the search box, then the filter panel beside the virtualized list of articles in the remembered
 * order, with the selection's bulk actions above it, and the Tags and Collections dialogs. Tells the app when the
 * first rows have been shown, which is the moment the app reports itself ready.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCollections } from '../../data/collections-repo';
import { useDb } from '../../data/db-context';
import type { DeletedArticle } from '../../data/delete-repo';
import { loadReadingFacts } from '../../data/library-entries-repo';
import { getLibrarySort, setLibrarySort } from '../../data/library-sort-setting';
import { ExportStatus } from '../exporting';
import { LibraryExportBar } from '../exporting';
import { useSelection } from '../exporting';
import { SearchBox } from '../search';
import { SearchResults } from '../search';
import { useLibrarySearch } from '../search';
import { NotesViewButton } from '../notes-library';
import { BulkActions } from './BulkActions';
import { CollectionsDialog } from './CollectionsDialog';
import { FilterPanel } from './FilterPanel';
import { NO_READING_FACTS } from '../../data/library-entry';
import { applyFilters, hasActiveFilters, NO_FILTERS } from './library-filters';
import { DEFAULT_SORT, sortEntries, type LibrarySort } from '../../data/library-sort';
import { countValues } from '../../data/names';
import { SelectAllShown } from './SelectAllShown';
import { SortControl } from './SortControl';
import { TagsDialog } from './TagsDialog';
import { useLibraryEntries } from './use-library-entries';
import { VirtualArticleList } from './VirtualArticleList';

interface Props {
  onOpen: (articleId: string) => void;
  onImport: () => void;
  /** Opens Import history (past imports and their reports). */
  onShowHistory?: () => void;
  /** Called after the list (or its empty state) has rendered. */
  onShown: () => void;
  /** The article to give focus to when coming back from it. */
  focusId: string | null;
  /** After Delete selected: what was deleted, for Undo. */
  onDeleted?: (deleted: DeletedArticle[]) => void;
  onError?: (error: unknown) => void;
}

const ignore = () => undefined;

export function LibraryView({ onOpen, onImport, onShowHistory, onShown, focusId, onDeleted = ignore, onError = ignore }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const db = useDb();
  const [storedSort, setStoredSort] = useState<LibrarySort | null>(null);
  const [chosenSort, setChosenSort] = useState<LibrarySort | null>(null);
  useEffect(() => {
    let live = true;
    getLibrarySort(db)
      .catch(() => DEFAULT_SORT)
      .then((sort) => live && setStoredSort(sort));
    return () => {
      live = false;
    };
  }, [db]);
  const sort = chosenSort ?? storedSort;
  const changeSort = (next: LibrarySort) => {
    setChosenSort(next);
    setLibrarySort(db, next).catch(onError);
  };

  const library = useLibraryEntries(db, storedSort, onError);
  const facts = useLiveQuery(() => loadReadingFacts(db), [db]) ?? NO_READING_FACTS;
  const collections = useLiveQuery(() => listCollections(db), [db]);
  const [filters, setFilters] = useState(NO_FILTERS);
  const sortFacts = sort?.field === 'progress' ? facts : NO_READING_FACTS;
  const sorted = useMemo(
    () => (library.complete && sort ? sortEntries(library.entries, sort, sortFacts) : library.entries),
    [library, sort, sortFacts],
  );
  const filtered = useMemo(() => (library.complete ? applyFilters(sorted, filters, facts) : null), [library.complete, sorted, filters, facts]);
  const shown = filtered?.entries ?? sorted;
  const filtering = hasActiveFilters(filters);

  const selection = useSelection();
  const search = useLibrarySearch(db);
  const [dialog, setDialog] = useState<'tags' | 'collections' | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const tagCounts = useMemo(() => (dialog === 'tags' ? countValues(library.entries.map((e) => e.tags)) : []), [dialog, library.entries]);
  const collectionSizes = useMemo(
    () => (dialog === 'collections' ? new Map(countValues(library.entries.map((e) => e.collections))) : new Map<string, number>()),
    [dialog, library.entries],
  );

  useEffect(() => {
    if (library.loaded) onShown();
  }, [library.loaded, onShown]);

  const empty = library.loaded && library.total === 0;
  return (
    <main className="library" aria-busy={!library.loaded} data-library={library.complete ? 'complete' : library.loaded ? 'partial' : 'loading'}>
      <header className="library-header">
        <h1>{t('common:library')}</h1>
        {library.loaded && library.total !== null && <p className="library-count">{t('common:articleCount', { count: library.total })}</p>}
        <div className="library-actions">
          <button type="button" className="import-button" onClick={onImport}>
            {t('importButton')}
          </button>
          {onShowHistory && (
            <button type="button" className="quiet-button history-button" onClick={onShowHistory}>
              {t('importHistory')}
            </button>
          )}
          <NotesViewButton />
          <button type="button" className="quiet-button" onClick={() => setDialog('tags')}>
            {t('tagsButton')}
          </button>
          <button type="button" className="quiet-button" onClick={() => setDialog('collections')}>
            {t('collectionsButton')}
          </button>
        </div>
        <SearchBox value={search.query} onChange={search.setQuery} />
      </header>
      {search.active && <SearchResults search={search} onOpen={onOpen} focusId={focusId} />}
      {!search.active && empty && (
        <p className="empty-library">{t('emptyLibrary')}</p>
      )}
      {!search.active && !empty && (
        <div className="library-body">
          <FilterPanel filters={filters} counts={filtered?.counts ?? null} collections={collections ?? []} onChange={setFilters} />
          <div className="library-main">
            <div className="list-toolbar">
              <SelectAllShown shown={shown} complete={library.complete} selection={selection} />
              <p className="shown-count" aria-live="polite">
                {filtering && library.complete ? t('shownOf', { shown: shown.length, count: library.total ?? 0 }) : ''}
              </p>
              {sort && <SortControl sort={sort} onChange={changeSort} />}
            </div>
            <LibraryExportBar selectedIds={selection.selected} onClearSelection={selection.clear} />
            {selection.selected.size > 0 && (
              <BulkActions
                selectedIds={selection.selected}
                collections={collections ?? []}
                onDeleted={onDeleted}
                onClearSelection={selection.clear}
                onError={onError}
              />
            )}
            {library.complete && filtering && shown.length === 0 && (
              <p className="empty-library">
                {t('noMatches')}{' '}
                <button type="button" className="quiet-button" onClick={() => setFilters(NO_FILTERS)}>
                  {t('clearAllFilters')}
                </button>
              </p>
            )}
            {shown.length > 0 && (
              <VirtualArticleList
                entries={shown}
                // -1: not known yet (ARIA), while the library is being counted.
                setSize={library.complete ? shown.length : (library.total ?? -1)}
                onOpen={onOpen}
                focusId={focusId}
                complete={library.complete}
                selected={selection.selected}
                onToggleSelect={selection.toggle}
              />
            )}
          </div>
        </div>
      )}
      {dialog === 'tags' && <TagsDialog tags={tagCounts} onClose={closeDialog} onError={onError} />}
      {dialog === 'collections' && (
        <CollectionsDialog collections={collections ?? []} sizes={collectionSizes} onClose={closeDialog} onError={onError} />
      )}
      <ExportStatus />
    </main>
  );
}
