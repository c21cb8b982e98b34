/** The state of the current import (busy, done with a report, or failed), and the ways to start one. */
import { useCallback, useState } from 'react';
import { errorMessage } from '../bridge/bridge';
import type { OffprintDatabase } from '../db/database';
import type { StoreReport } from '../db/import-repo';
import { importDroppedFiles, importFromDialog } from './run-import';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'done'; report: StoreReport }
  | { phase: 'error'; message: string };

export interface Importer {
  state: ImportState;
  importWithDialog: () => void;
  importFiles: (files: File[]) => void;
  dismiss: () => void;
}

export function useImporter(db: OffprintDatabase): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const run = useCallback(async (work: () => Promise<StoreReport | null>) => {
    setState({ phase: 'busy' });
    try {
      const report = await work();
      setState(report ? { phase: 'done', report } : { phase: 'idle' });
    } catch (error) {
      setState({ phase: 'error', message: `Import failed: ${errorMessage(error)}` });
    }
  }, []);

  const importWithDialog = useCallback(() => void run(() => importFromDialog(db)), [db, run]);
  const importFiles = useCallback((files: File[]) => void run(() => importDroppedFiles(db, files)), [db, run]);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importWithDialog, importFiles, dismiss };
}
