/**
 * The state of the export under way, shared by every place that starts one (File → Export Library…, the library's
 * buttons, the article's Export…) and the status line that shows it. One export at a time.
 */
import { bridge, errorMessage } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { translatorFor } from '../../ui/i18n';
import { libraryPlan, tagPlan, type ExportPlan } from './export-plans';
import { runExport } from './run-export';
import { valueStore } from '../../ui/value-store';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'busy'; done: number; total: number }
  | { phase: 'done'; articleCount: number; fileName: string }
  | { phase: 'error'; reason: string; error: unknown };

const state = valueStore<ExportState>({ phase: 'idle' });
const set = state.set;

export const useExportState = state.use;

export function dismissExport(): void {
  if (state.get().phase !== 'busy') set({ phase: 'idle' });
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== '').pop() ?? path;
}

/** Starts an export (unless one is running); its progress and result go to the status line. Never throws. */
export async function startExport(db: OffprintDatabase, plan: ExportPlan): Promise<ExportState> {
  if (state.get().phase === 'busy') return state.get();
  set({ phase: 'busy', done: 0, total: 0 });
  try {
    const finished = await runExport(bridge(), db, plan, ({ done, total }) => set({ phase: 'busy', done, total }));
    set(finished ? { phase: 'done', articleCount: finished.articleCount, fileName: fileNameOf(finished.path) } : { phase: 'idle' });
  } catch (error) {
    set({ phase: 'error', reason: errorMessage(error), error });
  }
  return state.get();
}

/** File → Export Library…: the whole library. */
export function exportLibrary(db: OffprintDatabase): void {
  void startExport(db, libraryPlan(translatorFor('library')));
}

/** Tags… → Export: the articles carrying one tag. */
export function startTagExport(db: OffprintDatabase, tag: string): void {
  void startExport(db, tagPlan(tag, translatorFor('library')));
}
