/**
 * An export from start to end: ask main where to save (null: the user cancelled), read the articles from the
 * library a chunk at a time and send each chunk, then finish. On any error the partial bundle is abandoned (main
 * removes it) and the error is thrown on.
 */
import type { ExportedArticle, ExportFinished, OffprintApi } from '../../../../src-shared/contract';
import { unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import type { ExportPlan } from './export-plans';
import { articleIdsInScope, readExportedArticle } from '../../data/export-repo';

/** Articles per `export:add` at most, and about this many bytes: small messages, never the whole library. */
export const ARTICLES_PER_CHUNK = 50;
export const BYTES_PER_CHUNK = 32 * 1024 * 1024;

function sizeOf(article: ExportedArticle): number {
  return article.body.content.length + article.text.length + article.assets.reduce((sum, asset) => sum + asset.bytes.length, 0);
}

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
  if (ids.length === 0) throw new Error('There are no articles to export.');
  const started = unwrap(await api.export.begin({ title: plan.title, suggestedName: plan.suggestedName }));
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
    let chunk: ExportedArticle[] = [];
    let bytes = 0;
    let done = 0;
    const send = async () => {
      unwrap(await api.export.add(started.exportId, chunk));
      done += chunk.length;
      onProgress({ done, total: ids.length });
      chunk = [];
      bytes = 0;
    };
    for (const id of ids) {
      const article = await readExportedArticle(db, id);
      chunk.push(article);
      bytes += sizeOf(article);
      if (chunk.length >= ARTICLES_PER_CHUNK || bytes >= BYTES_PER_CHUNK) await send();
    }
    if (chunk.length > 0) await send();
    return unwrap(await api.export.finish(started.exportId));
  } catch (error) {
    await api.export.abort(started.exportId).catch(() => undefined);
    throw error;
  }
}
