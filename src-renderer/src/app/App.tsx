/**
 * The app: the library, one article, the Notes view, or the import history and its reports; the import status and the drop
 * overlay. Navigation is state (the screen shown). `document.body.dataset.appState` tells tests where the app is:
 * 'loading' until the first run is done and the library list has rendered, then 'ready'; 'error' when the first
 * run failed (the reason is shown in an alert).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../data/bridge';
import type { OffprintDatabase } from '../data/database';
import { DbProvider } from '../data/db-context';
import { DropOverlay } from '../features/importing';
import { describeFailure } from '../features/importing';
import { ImportHistoryView } from '../features/importing';
import { ImportReportView } from '../features/importing';
import { ImportStatus } from '../features/importing';
import { KeyboardShortcuts } from '../features/keyboard';
import { useFileDrop } from '../features/importing';
import { useImporter } from '../features/importing';
import type { DeletedArticle } from '../data/delete-repo';
import { LibraryView } from '../features/library';
import { UndoDeleteNotice } from '../features/library';
import { NotesLibraryView } from '../features/notes-library';
import { ShowNotesContext } from '../features/notes-library';
import { ArticleView } from '../features/reader';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AppTheme } from '../features/settings';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useFirstRun } from './use-first-run';
import { useMenuCommands } from './use-menu-commands';
import { useOpenPaths } from './use-open-paths';

type Screen =
  | { kind: 'library' }
  | { kind: 'article'; id: string; focusHighlightId?: string; from?: 'notes' }
  | { kind: 'history' }
  | { kind: 'report'; id: string }
  | { kind: 'notes' };

const LIBRARY: Screen = { kind: 'library' };

export function App({ db }: { db: OffprintDatabase }) {
  const firstRun = useFirstRun(db);
  const [screen, setScreen] = useState<Screen>(LIBRARY);
  const [lastOpenId, setLastOpenId] = useState<string | null>(null);
  const [appError, setAppError] = useState<string | null>(null);
  const importer = useImporter(db);
  const reportError = useCallback((error: unknown) => setAppError(errorMessage(error)), []);
  useOpenPaths(firstRun.phase === 'done', importer.importPaths, reportError);
  const dragging = useFileDrop(importer.importFiles);

  useEffect(() => {
    if (firstRun.phase === 'error') document.body.dataset.appState = 'error';
  }, [firstRun.phase]);
  const firstRunDone = firstRun.phase === 'done';
  const onShown = useCallback(() => {
    if (firstRunDone) document.body.dataset.appState = 'ready';
  }, [firstRunDone]);
  const open = useCallback((id: string) => {
    setScreen({ kind: 'article', id });
    setLastOpenId(id);
  }, []);
  const back = useCallback(() => setScreen(LIBRARY), []);
  const openHighlight = useCallback((id: string, highlightId: string) => {
    setScreen({ kind: 'article', id, focusHighlightId: highlightId, from: 'notes' });
    setLastOpenId(id);
  }, []);
  // An article opened from the Notes view goes back there.
  const backFromArticle = useCallback(
    () => setScreen((current) => (current.kind === 'article' && current.from === 'notes' ? { kind: 'notes' } : LIBRARY)),
    [],
  );
  const [deleted, setDeleted] = useState<DeletedArticle[] | null>(null);
  const onDeleted = useCallback((removed: DeletedArticle) => {
    setDeleted([removed]);
    setScreen(LIBRARY);
  }, []);
  const onDeletedMany = useCallback((removed: DeletedArticle[]) => setDeleted(removed.length > 0 ? removed : null), []);
  const showHistory = useCallback(() => setScreen({ kind: 'history' }), []);
  const showReport = useCallback((id: string) => setScreen({ kind: 'report', id }), []);
  const showNotes = useCallback(() => setScreen({ kind: 'notes' }), []);
  useMenuCommands(db, importer.importWithDialog, showNotes, reportError);
  const { importWithDialog } = importer;
  const importFiles = useCallback(() => importWithDialog('files'), [importWithDialog]);

  // The screen does not depend on the import's progress: built once per change of screen, so that progress
  // updates (several a second during an import) never render the library list again.
  const shown = firstRun.phase === 'pending' ? null : screen;
  const content = useMemo(
    () => (
      <ErrorBoundary resetKey={screen.kind === 'article' ? screen.id : screen.kind}>
        {shown === null && (
          <main className="library" aria-busy="true">
            <h1>Library</h1>
            <p className="loading">Preparing your library…</p>
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
    ],
  );
  const sampleFailures = firstRun.phase === 'done' ? (firstRun.result?.failures ?? []) : [];
  return (
    <DbProvider db={db}>
      <AppTheme db={db} />
      {firstRun.phase === 'error' && <ErrorAlert message={firstRun.message} />}
      {sampleFailures.length > 0 && (
        <ErrorAlert message={`Some sample articles could not be loaded: ${sampleFailures.map(describeFailure).join('; ')}`} />
      )}
      {appError && <ErrorAlert message={appError} onDismiss={() => setAppError(null)} />}
      <ShowNotesContext.Provider value={showNotes}>{content}</ShowNotesContext.Provider>
      {deleted && <UndoDeleteNotice key={deleted[0]!.article.id} deleted={deleted} onDone={() => setDeleted(null)} onError={reportError} />}
      <ImportStatus state={importer.state} onCancel={importer.cancel} onDismiss={importer.dismiss} onViewReport={showReport} />
      {dragging && <DropOverlay />}
      <KeyboardShortcuts />
    </DbProvider>
  );
}
