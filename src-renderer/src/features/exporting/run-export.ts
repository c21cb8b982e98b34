/**
 * An export from start to end: ask main where to save (null: the user cancelled), read the articles from the
 * library a chunk at a time and send each chunk, then finish. On any error the partial bundle is abandoned (main
 * removes it) and the error is thrown on.
 */
import type { ExportFinished, OffprintApi } from '../../../../src-shared/contract';
import { streamArticles } from '../../data/article-stream';
import { estimateLibraryBytes } from '../../data/backup-repo';
import { unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { translatorFor } from '../../ui/i18n';
import type { ExportPlan } from './export-plans';
import { articleIdsInScope } from '../../data/export-repo';

export interface ExportProgress {
  done: number;
  total: number;
}

export async function runExport(
  api: Pick<OffprintApi, 'export'>,
  db: OffprintDatabase,
  plan: ExportPlan,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportFinished | null> {
  const ids = await articleIdsInScope(db, plan.scope);
  if (ids.length === 0) throw new Error(translatorFor('library')('nothingToExport'));
  // Main checks the free space against it (the whole library's size for the library; else the reserve only).
  const estimatedBytes = plan.scope.kind === 'library' ? await estimateLibraryBytes(db) : 0;
  const started = unwrap(await api.export.begin({ title: plan.title, suggestedName: plan.suggestedName, estimatedBytes }));
  if (!started) return null;
  return streamExport(api, db, started.exportId, ids, onProgress);
}

/**
 * Sends these articles into the open export a chunk at a time and finishes it; on any error the partial bundle
 * is abandoned (main removes it) and the error thrown on. A Replace's safety backup streams through it too.
 */
export async function streamExport(
  api: Pick<OffprintApi, 'export'>,
  db: OffprintDatabase,
  exportId: string,
  ids: readonly string[],
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<ExportFinished> {
  const started = { exportId };
  try {
    onProgress({ done: 0, total: ids.length });
    await streamArticles(
      db,
      ids,
      async (chunk) => void unwrap(await api.export.add(started.exportId, chunk)),
      (done) => onProgress({ done, total: ids.length }),
    );
    return unwrap(await api.export.finish(started.exportId));
  } catch (error) {
    await api.export.abort(started.exportId).catch(() => undefined);
    throw error;
  }
}
