/**
 * The library: the sidebar (Sidebar.tsx: the filters by status, collection and tag, Notes and Import history;
 * hidden behind the toolbar's toggle in a narrow window), then the search box, then the filter panel beside the
 * virtualized list of articles in the remembered order, with the selection's bulk actions above it, and the Tags
 * and Collections dialogs. The sidebar and the filter panel set the same filters. Tells the app when the first
 * rows have been shown, which is the moment the app reports itself ready.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCollections } from '../../data/collections-repo';
import { useDb } from '../../data/db-context';
import type { DeletedArticle } from '../../data/delete-repo';
import { loadReadingFacts } from '../../data/library-entries-repo';
import { getLibrarySort, setLibrarySort } from '../../data/library-sort-setting';
import { ExportStatus } from '../exporting';
import { LibraryExportBar } from '../exporting';
import { useSelection } from '../exporting';
import { SearchResults } from '../search';
import { useLibrarySearch } from '../search';
import { BulkActions } from './BulkActions';
import { CollectionsDialog } from './CollectionsDialog';
import { FilterPanel } from './FilterPanel';
import { NO_READING_FACTS } from '../../data/library-entry';
import { applyFilters, hasActiveFilters, hidesArchive, NO_FILTERS, STATUS_ARCHIVED, toggleValue } from './library-filters';
import { groupStates } from './group-states';
import { DEFAULT_SORT, sortEntries, type LibrarySort } from '../../data/library-sort';
import { countValues } from '../../data/names';
import { SelectAllShown } from './SelectAllShown';
import { SortControl } from './SortControl';
import { TagsDialog } from './TagsDialog';
import { useLibraryEntries } from './use-library-entries';
import { VirtualArticleList } from './VirtualArticleList';
import { useRowContextMenu } from './use-row-context-menu';
import { useSidebarContextMenu } from './use-sidebar-context-menu';
import type { ManageStart } from './manage-start';
import type { SidebarMenuKind } from '../../../../src-shared/contract';
import { LibraryHeader } from './LibraryHeader';
import { Sidebar } from './Sidebar';
import { usePaneOpen } from './use-pane-open';

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
  const { t } = useTranslation(['library', 'common', 'sidebar']);
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
  // The first page, before the filters can run, leaves the archive out too (as the filters do by default).
  const firstPage = useMemo(() => (hidesArchive(filters) ? sorted.filter((entry) => !entry.archivedAt) : sorted), [sorted, filters]);
  const shown = filtered?.entries ?? firstPage;
  const filtering = hasActiveFilters(filters);
  // The sidebar counts the whole library, whatever the filters.
  const totals = useMemo(() => (library.complete ? applyFilters(library.entries, NO_FILTERS, facts).counts : null), [library, facts]);
  const sidebar = usePaneOpen(db, 'sidebar', onError);
  const filterPane = usePaneOpen(db, 'filters', onError);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { overlay, chosen: closeOverlay } = sidebar;
  const sidebarDone = useCallback(() => {
    if (!overlay) return;
    closeOverlay();
    toggleRef.current?.focus();
  }, [overlay, closeOverlay]);
  // Archived articles are left out of the unfiltered list: it then says how many of the library it shows.
  const partial = filtering || (library.complete && shown.length !== library.total);
  const byId = useMemo(() => new Map(library.entries.map((entry) => [entry.id, entry])), [library.entries]);
  const statesOf = useCallback((ids: Iterable<string>) => groupStates(ids, byId, facts), [byId, facts]);

  const selection = useSelection();
  const search = useLibrarySearch(db, library.loaded);
  // The Tags… or Collections… dialog, and what it starts with when a sidebar entry's menu opened it.
  const [dialog, setDialog] = useState<{ kind: 'tags' | 'collections'; start?: ManageStart } | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const openManage = useCallback(
    (kind: SidebarMenuKind, start: ManageStart) => setDialog({ kind: kind === 'tag' ? 'tags' : 'collections', start }),
    [],
  );
  const entryMenu = useSidebarContextMenu({ onChoose: openManage, onError });
  // Add to Collection… from a row's menu: the bulk actions' collection picker takes the focus (a new number asks).
  const [collectionFocus, setCollectionFocus] = useState(0);
  const hasCollections = (collections?.length ?? 0) > 0;
  const chooseCollection = useCallback(() => {
    if (hasCollections) setCollectionFocus((n) => n + 1);
    else setDialog({ kind: 'collections' });
  }, [hasCollections]);
  const rowMenu = useRowContextMenu({ selection, statesOf, onOpen, onDeleted, onChooseCollection: chooseCollection, onError });
  const dialogKind = dialog?.kind ?? null;
  const tagCounts = useMemo(() => (dialogKind === 'tags' ? countValues(library.entries.map((e) => e.tags)) : []), [dialogKind, library.entries]);
  const collectionSizes = useMemo(
    () => (dialogKind === 'collections' ? new Map(countValues(library.entries.map((e) => e.collections))) : new Map<string, number>()),
    [dialogKind, library.entries],
  );

  useEffect(() => {
    if (library.loaded) onShown();
  }, [library.loaded, onShown]);

  const empty = library.loaded && library.total === 0;
  const chooseInSidebar = (next: typeof filters) => {
    setFilters(next);
    search.setQuery('');
  };
  return (
    <div className={sidebar.open ? 'library-shell' : 'library-shell sidebar-hidden'}>
      <Sidebar
        filters={filters}
        onChange={chooseInSidebar}
        counts={totals}
        total={library.total}
        collections={collections ?? []}
        onShowHistory={onShowHistory}
        hidden={!sidebar.open}
        overlay={sidebar.overlay}
        onDone={sidebarDone}
        entryMenu={entryMenu}
      />
      {sidebar.open && sidebar.overlay && <div className="sidebar-backdrop" aria-hidden="true" onClick={sidebarDone} />}
      <main className="library" aria-busy={!library.loaded} data-library={library.complete ? 'complete' : library.loaded ? 'partial' : 'loading'}>
        <LibraryHeader
          toggleRef={toggleRef}
          sidebarOpen={sidebar.open}
          onToggleSidebar={sidebar.toggle}
          total={library.loaded ? library.total : null}
          query={search.query}
          onQuery={search.setQuery}
          onImport={onImport}
          onManage={(kind) => setDialog({ kind })}
        />
        {search.active && (
          <div data-pane="list" data-pane-focus=".search-result-title">
            <SearchResults search={search} onOpen={onOpen} focusId={focusId} />
          </div>
        )}
        {!search.active && empty && (
          <p className="empty-library">{t('emptyLibrary')}</p>
        )}
        {!search.active && !empty && (
          <div className={filterPane.open ? 'library-body' : 'library-body filters-folded'}>
            <FilterPanel
              filters={filters}
              counts={filtered?.counts ?? null}
              collections={collections ?? []}
              onChange={setFilters}
              open={filterPane.open}
              onToggle={filterPane.toggle}
            />
            <div className="library-main" data-pane="list" data-pane-focus=".article-title">
              <div className="list-toolbar">
                <SelectAllShown shown={shown} complete={library.complete} selection={selection} />
                <LibraryExportBar selectedIds={selection.selected} onClearSelection={selection.clear} />
                <p className="shown-count" aria-live="polite">
                  {partial && library.complete ? t('shownOf', { shown: shown.length, count: library.total ?? 0 }) : ''}
                </p>
                {sort && <SortControl sort={sort} onChange={changeSort} />}
              </div>
              {selection.selected.size > 0 && (
                <BulkActions
                  selectedIds={selection.selected}
                  states={statesOf(selection.selected)}
                  collections={collections ?? []}
                  onDeleted={onDeleted}
                  onClearSelection={selection.clear}
                  onError={onError}
                  focusCollectionToken={collectionFocus}
                />
              )}
              {library.complete && !filtering && shown.length === 0 && (
                <p className="empty-library">
                  {t('allArchived')}{' '}
                  <button type="button" className="quiet-button" onClick={() => setFilters(toggleValue(NO_FILTERS, 'status', STATUS_ARCHIVED))}>
                    {t('showArchive')}
                  </button>
                </p>
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
                  rowMenu={rowMenu}
                />
              )}
            </div>
          </div>
        )}
        {dialog?.kind === 'tags' && <TagsDialog tags={tagCounts} onClose={closeDialog} onError={onError} start={dialog.start} />}
        {dialog?.kind === 'collections' && (
          <CollectionsDialog collections={collections ?? []} sizes={collectionSizes} onClose={closeDialog} onError={onError} start={dialog.start} />
        )}
        <ExportStatus />
      </main>
    </div>
  );
}
