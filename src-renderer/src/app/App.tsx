/**
 * The app: the library, one article, the Notes view, or the import history and its reports; the import status and the drop
 * overlay. Navigation is a reducer over typed actions (navigation.ts); imports go through the library's import
 * queue (a store, like the export's). `document.body.dataset.appState` tells tests where the app is:
 * 'loading' until the first run is done and the library list has rendered, then 'ready'; 'error' when the first
 * run failed (the reason is shown in an alert).
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, LibraryRecord } from '../../../src-shared/contract';
import { errorMessage } from '../data/bridge';
import type { OffprintDatabase } from '../data/database';
import { DbProvider } from '../data/db-context';
import { markFirstRunDone } from '../data/settings-repo';
import type { DeletedArticle } from '../data/delete-repo';
import {
  describeFailure,
  DropOverlay,
  ImportHistoryView,
  importQueueFor,
  ImportReportView,
  ImportStatus,
  useFileDrop,
  useImportState,
} from '../features/importing';
import { BackupsDialog, BackupStatusLine, useBackupSchedule } from '../features/backups';
import { KeyboardShortcuts } from '../features/keyboard';
import { LibraryView, UndoDeleteNotice } from '../features/library';
import { NotesLibraryView, ShowNotesContext } from '../features/notes-library';
import { ArticleView, useWheelZoom } from '../features/reader';
import { LibraryReplacedNotice, ReadOnlyBanner, RestoreDialog } from '../features/restoring';
import type { LibraryReplaced } from '../data/staging-library';
import { AppTheme } from '../features/settings';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { OfferUndoContext, UndoNotice, type UndoOffer } from '../ui/UndoNotice';
import { navigate, START } from './navigation';
import { useContextMenuSearch } from './use-context-menu-search';
import { EmptyLibraryNotice } from './EmptyLibraryNotice';
import { useFirstRun } from './use-first-run';
import { recordLibraryOpened, useLibraryRecord } from './use-library-record';
import { useMenuCommands } from './use-menu-commands';
import { useOpenedFiles } from './use-opened-files';

interface AppProps {
  db: OffprintDatabase;
  emptyWhere?: LibraryRecord | null;
  /** The backup this is a read-only copy of (the version guard opened it), or null for the library itself. */
  readOnly?: BackupEntry | null;
  /** What a Replace just switched the library to, said once. */
  replaced?: LibraryReplaced | null;
}

export function App({ db, emptyWhere = null, readOnly = null, replaced = null }: AppProps) {
  // A library found empty where the record says articles were: no sample library, and the notice asks first.
  // A read-only copy has no first run, is never recorded as the library and is never backed up.
  const { t } = useTranslation();
  const { t: tImporting } = useTranslation(['importing', 'common', 'errors']);
  const [emptyNotice, setEmptyNotice] = useState(emptyWhere);
  const isLibrary = readOnly === null;
  const firstRun = useFirstRun(db, emptyWhere === null && isLibrary);
  const [{ screen, lastOpenId }, dispatch] = useReducer(navigate, START);
  const [appError, setAppError] = useState<string | null>(null);
  const imports = importQueueFor(db);
  const importState = useImportState(imports);
  useEffect(() => () => imports.stop(), [imports]);
  const reportError = useCallback((error: unknown) => setAppError(errorMessage(error)), []);
  useOpenedFiles(firstRun.phase === 'done', imports.importOpenedFiles, reportError);
  const dragging = useFileDrop(imports.importFiles);
  // Set once the library's first rows are shown: what counts or reads the whole library waits for it.
  const [listShown, setListShown] = useState(false);
  useLibraryRecord(db, listShown && firstRun.phase === 'done' && emptyNotice === null && isLibrary);
  const keepEmpty = useCallback(() => {
    setEmptyNotice(null);
    void markFirstRunDone(db).then(() => recordLibraryOpened(db)).catch(reportError);
  }, [db, reportError]);

  useEffect(() => {
    if (firstRun.phase === 'error') document.body.dataset.appState = 'error';
  }, [firstRun.phase]);
  const firstRunDone = firstRun.phase === 'done';
  const onShown = useCallback(() => {
    setListShown(true);
    if (firstRunDone) document.body.dataset.appState = 'ready';
  }, [firstRunDone]);
  const open = useCallback((id: string) => dispatch({ type: 'open', id }), []);
  const back = useCallback(() => dispatch({ type: 'library' }), []);
  const openHighlight = useCallback((id: string, highlightId: string) => dispatch({ type: 'open-highlight', id, highlightId }), []);
  const backFromArticle = useCallback(() => dispatch({ type: 'back-from-article' }), []);
  // One notice offers Undo at a time: a delete's, or another change's (a details edit); the newer replaces it.
  const [deleted, setDeletedOnly] = useState<DeletedArticle[] | null>(null);
  const [undoOffer, setUndoOffer] = useState<{ offer: UndoOffer; key: number } | null>(null);
  const setDeleted = useCallback((removed: DeletedArticle[] | null) => {
    setUndoOffer(null);
    setDeletedOnly(removed);
  }, []);
  const offerUndo = useCallback((offer: UndoOffer) => {
    setDeletedOnly(null);
    setUndoOffer((shown) => ({ offer, key: (shown?.key ?? 0) + 1 }));
  }, []);
  const onDeleted = useCallback(
    (removed: DeletedArticle) => {
      setDeleted([removed]);
      dispatch({ type: 'library' });
    },
    [setDeleted],
  );
  const onDeletedMany = useCallback((removed: DeletedArticle[]) => setDeleted(removed.length > 0 ? removed : null), [setDeleted]);
  const showHistory = useCallback(() => dispatch({ type: 'history' }), []);
  const showReport = useCallback((id: string) => dispatch({ type: 'report', id }), []);
  const showNotes = useCallback(() => dispatch({ type: 'notes' }), []);
  useMenuCommands(db, imports.importWithDialog, showNotes, reportError);
  useContextMenuSearch(db, back, reportError);
  useWheelZoom(db, reportError);
  useBackupSchedule(db, listShown && firstRunDone && isLibrary);
  const importFiles = useCallback(() => imports.importWithDialog('files'), [imports]);

  // The screen does not depend on the import's progress: built once per change of screen, so that progress
  // updates (several a second during an import) never render the library list again.
  const shown = firstRun.phase === 'pending' ? null : screen;
  const content = useMemo(
    () => (
      <ErrorBoundary resetKey={screen.kind === 'article' ? screen.id : screen.kind}>
        {shown === null && (
          <main className="library" aria-busy="true">
            <h1>{t('library')}</h1>
            <p className="loading">{t('preparingLibrary')}</p>
          </main>
        )}
        {shown?.kind === 'library' && (
          <LibraryView
            onOpen={open}
            onImport={importFiles}
            onShowHistory={showHistory}
            onShown={onShown}
            focusId={lastOpenId}
            onDeleted={onDeletedMany}
            onError={reportError}
          />
        )}
        {shown?.kind === 'article' && (
          <ArticleView
            key={shown.id}
            articleId={shown.id}
            onBack={backFromArticle}
            onOpen={open}
            onDeleted={onDeleted}
            focusHighlightId={shown.focusHighlightId}
          />
        )}
        {shown?.kind === 'history' && <ImportHistoryView onOpenReport={showReport} onBack={back} />}
        {shown?.kind === 'report' && <ImportReportView key={shown.id} reportId={shown.id} onBack={showHistory} />}
        {shown?.kind === 'notes' && <NotesLibraryView onOpen={open} onOpenHighlight={openHighlight} onBack={back} />}
      </ErrorBoundary>
    ),
    [
      screen,
      shown,
      open,
      openHighlight,
      importFiles,
      showHistory,
      onShown,
      lastOpenId,
      back,
      backFromArticle,
      showReport,
      onDeleted,
      onDeletedMany,
      reportError,
      t,
    ],
  );
  const sampleFailures = firstRun.phase === 'done' ? (firstRun.result?.failures ?? []) : [];
  return (
    <DbProvider db={db}>
      <AppTheme db={db} />
      {firstRun.phase === 'error' && <ErrorAlert message={t('sampleLibraryFailed', { reason: firstRun.reason })} />}
      {sampleFailures.length > 0 && (
        <ErrorAlert message={t('sampleArticlesFailed', { failures: sampleFailures.map((failure) => describeFailure(failure, tImporting)) })} />
      )}
      {appError && <ErrorAlert message={appError} onDismiss={() => setAppError(null)} />}
      {emptyNotice && <EmptyLibraryNotice record={emptyNotice} onKeepEmpty={keepEmpty} />}
      {readOnly && <ReadOnlyBanner backup={readOnly} />}
      {replaced && <LibraryReplacedNotice replaced={replaced} />}
      <OfferUndoContext.Provider value={offerUndo}>
        <ShowNotesContext.Provider value={showNotes}>{content}</ShowNotesContext.Provider>
      </OfferUndoContext.Provider>
      {deleted && <UndoDeleteNotice key={deleted[0]!.article.id} deleted={deleted} onDone={() => setDeleted(null)} onError={reportError} />}
      {undoOffer && <UndoNotice key={undoOffer.key} offer={undoOffer.offer} onDone={() => setUndoOffer(null)} onError={reportError} />}
      <ImportStatus state={importState} onCancel={imports.cancel} onDismiss={imports.dismiss} onViewReport={showReport} />
      {dragging && <DropOverlay />}
      <KeyboardShortcuts />
      <RestoreDialog db={db} run={imports.run} />
      <BackupStatusLine />
      <BackupsDialog onError={reportError} />
    </DbProvider>
  );
}
