/**
 * The imports of the app, one at a time: each entry point (the dialog, a drop, files opened with the app) queues
 * a request, and the runner works through them. The state says what the status panel shows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { dropRequest, pathsRequest, type ImportRequest } from './import-request';
import { ImportRun, type ImportProgressView, type ImportRunResult } from './import-runner';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgressView; cancelling: boolean }
  | { phase: 'done'; result: ImportRunResult }
  | { phase: 'error'; message: string };

export interface Importer {
  state: ImportState;
  /** File → Import… ('files') or Import Folder… ('folder'): the system dialog, then the import. */
  importWithDialog: (mode: 'files' | 'folder') => void;
  importFiles: (files: File[]) => void;
  importPaths: (paths: string[]) => void;
  cancel: () => void;
  dismiss: () => void;
}

const STARTING: ImportProgressView = { found: 0, added: 0, updated: 0, failed: 0, failures: [], secondsLeft: null };

function endState(result: ImportRunResult): ImportState {
  if (!result.error) return { phase: 'done', result };
  const stored = result.added + result.updated;
  const before = stored > 0 ? ` ${stored} ${stored === 1 ? 'article was' : 'articles were'} imported before it stopped.` : '';
  return { phase: 'error', message: `Import failed: ${result.error}${before}` };
}

export function useImporter(db: OffprintDatabase): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const queue = useRef<ImportRequest[]>([]);
  const current = useRef<ImportRun | null>(null);
  const draining = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      current.current?.cancel();
    };
  }, []);

  const drain = useCallback(async () => {
    draining.current = true;
    for (let request = queue.current.shift(); request && mounted.current; request = queue.current.shift()) {
      const run = new ImportRun(db, request, (progress) => {
        if (mounted.current) setState({ phase: 'running', progress, cancelling: run.cancelling });
      });
      current.current = run;
      setState({ phase: 'running', progress: STARTING, cancelling: false });
      const result = await run.run();
      current.current = null;
      if (mounted.current) setState(endState(result));
    }
    draining.current = false;
  }, [db]);

  const enqueue = useCallback(
    (request: ImportRequest) => {
      queue.current.push(request);
      if (!draining.current) void drain();
    },
    [drain],
  );

  const importWithDialog = useCallback(
    (mode: 'files' | 'folder') => {
      void (async () => {
        try {
          const paths = unwrap(await bridge().import.choosePaths(mode));
          if (paths) enqueue(pathsRequest(paths, mode));
        } catch (error) {
          setState({ phase: 'error', message: `Import failed: ${errorMessage(error)}` });
        }
      })();
    },
    [enqueue],
  );
  const importFiles = useCallback(
    (files: File[]) => enqueue(dropRequest(files, (file) => bridge().files.pathForFile(file))),
    [enqueue],
  );
  const importPaths = useCallback((paths: string[]) => enqueue(pathsRequest(paths)), [enqueue]);
  const cancel = useCallback(() => {
    const run = current.current;
    if (!run) return;
    run.cancel();
    setState((previous) => (previous.phase === 'running' ? { ...previous, cancelling: true } : previous));
  }, []);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importWithDialog, importFiles, importPaths, cancel, dismiss };
}
