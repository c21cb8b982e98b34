/** Runs the first-run check on start and reports its progress. */
import { useEffect, useState } from 'react';
import { errorMessage } from '../data/bridge';
import type { OffprintDatabase } from '../data/database';
import { ensureFirstRun, type FirstRunResult } from './first-run';

export type FirstRunState =
  | { phase: 'pending' }
  | { phase: 'done'; result: FirstRunResult }
  | { phase: 'error'; reason: string };

/** `enabled` false: the first run is left for a later start (the library is empty where articles were). */
export function useFirstRun(db: OffprintDatabase, enabled = true): FirstRunState {
  const [state, setState] = useState<FirstRunState>(enabled ? { phase: 'pending' } : { phase: 'done', result: null });
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    ensureFirstRun(db).then(
      (result) => live && setState({ phase: 'done', result }),
      (error: unknown) => live && setState({ phase: 'error', reason: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [db, enabled]);
  return state;
}
