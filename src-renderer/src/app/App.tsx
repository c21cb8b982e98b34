/**
 * The app: the library or one article, the import status, and the drop overlay. Navigation is state: the id of
 * the open article, or null for the library. `document.body.dataset.appState` tells tests where the app is:
 * 'loading' until the first run is done and the library list has rendered, then 'ready'; 'error' when the first
 * run failed (the reason is shown in an alert).
 */
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../bridge/bridge';
import type { OffprintDatabase } from '../db/database';
import { DbProvider } from '../db/db-context';
import { DropOverlay } from '../importing/DropOverlay';
import { describeFailure } from '../importing/import-summary';
import { ImportStatus } from '../importing/ImportStatus';
import { useFileDrop } from '../importing/use-file-drop';
import { useImporter } from '../importing/use-importer';
import { LibraryView } from '../library/LibraryView';
import { ArticleView } from '../reader/ArticleView';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useFirstRun } from './use-first-run';
import { useMenuCommands } from './use-menu-commands';

export function App({ db }: { db: OffprintDatabase }) {
  const firstRun = useFirstRun(db);
  const [openId, setOpenId] = useState<string | null>(null);
  const [lastOpenId, setLastOpenId] = useState<string | null>(null);
  const [appError, setAppError] = useState<string | null>(null);
  const importer = useImporter(db);
  const reportError = useCallback((error: unknown) => setAppError(errorMessage(error)), []);
  useMenuCommands(db, importer.importWithDialog, reportError);
  const dragging = useFileDrop(importer.importFiles);

  useEffect(() => {
    if (firstRun.phase === 'error') document.body.dataset.appState = 'error';
  }, [firstRun.phase]);
  const firstRunDone = firstRun.phase === 'done';
  const onShown = useCallback(() => {
    if (firstRunDone) document.body.dataset.appState = 'ready';
  }, [firstRunDone]);
  const open = useCallback((id: string) => {
    setOpenId(id);
    setLastOpenId(id);
  }, []);
  const back = useCallback(() => setOpenId(null), []);

  const sampleFailures = firstRun.phase === 'done' ? (firstRun.result?.failures ?? []) : [];
  return (
    <DbProvider db={db}>
      {firstRun.phase === 'error' && <ErrorAlert message={firstRun.message} />}
      {sampleFailures.length > 0 && (
        <ErrorAlert message={`Some sample articles could not be loaded: ${sampleFailures.map(describeFailure).join('; ')}`} />
      )}
      {appError && <ErrorAlert message={appError} onDismiss={() => setAppError(null)} />}
      <ErrorBoundary resetKey={openId}>
        {firstRun.phase === 'pending' && (
          <main className="library" aria-busy="true">
            <h1>Library</h1>
            <p className="loading">Preparing your library…</p>
          </main>
        )}
        {firstRun.phase !== 'pending' && openId === null && (
          <LibraryView onOpen={open} onImport={importer.importWithDialog} onShown={onShown} focusId={lastOpenId} />
        )}
        {firstRun.phase !== 'pending' && openId !== null && <ArticleView key={openId} articleId={openId} onBack={back} onOpen={open} />}
      </ErrorBoundary>
      <ImportStatus state={importer.state} onDismiss={importer.dismiss} />
      {dragging && <DropOverlay />}
    </DbProvider>
  );
}
