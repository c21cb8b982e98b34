/**
 * The state of the export under way, shared by every place that starts one (File → Export Library…, the library's
 * buttons, the article's Export…) and the status line that shows it. One export at a time.
 */
import { useSyncExternalStore } from 'react';
import { bridge, errorMessage } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { translatorFor } from '../../ui/i18n';
import { libraryPlan, tagPlan, type ExportPlan } from './export-plans';
import { runExport } from './run-export';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'busy'; done: number; total: number }
  | { phase: 'done'; articleCount: number; fileName: string }
  | { phase: 'error'; reason: string; error: unknown };

let state: ExportState = { phase: 'idle' };
const listeners = new Set<() => void>();

function set(next: ExportState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useExportState(): ExportState {
  return useSyncExternalStore(subscribe, () => state);
}

export function dismissExport(): void {
  if (state.phase !== 'busy') set({ phase: 'idle' });
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== '').pop() ?? path;
}

/** Starts an export (unless one is running); its progress and result go to the status line. Never throws. */
export async function startExport(db: OffprintDatabase, plan: ExportPlan): Promise<ExportState> {
  if (state.phase === 'busy') return state;
  set({ phase: 'busy', done: 0, total: 0 });
  try {
    const finished = await runExport(bridge(), db, plan, ({ done, total }) => set({ phase: 'busy', done, total }));
    set(finished ? { phase: 'done', articleCount: finished.articleCount, fileName: fileNameOf(finished.path) } : { phase: 'idle' });
  } catch (error) {
    set({ phase: 'error', reason: errorMessage(error), error });
  }
  return state;
}

/** File → Export Library…: the whole library. */
export function exportLibrary(db: OffprintDatabase): void {
  void startExport(db, libraryPlan(translatorFor('library')));
}

/** Tags… → Export: the articles carrying one tag. */
export function startTagExport(db: OffprintDatabase, tag: string): void {
  void startExport(db, tagPlan(tag, translatorFor('library')));
}
