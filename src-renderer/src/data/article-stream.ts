/**
 * Streams whole articles out of the library to main, a chunk at a time (an export, a backup): each chunk is read
 * from IndexedDB and sent before the next is read, so the window never holds or blocks on the whole library.
 */
import type { ExportedArticle } from '../../../src-shared/contract';
import type { OffprintDatabase } from './database';
import { readExportedArticle } from './export-repo';

/** Articles per call at most, and about this many bytes: small messages, never the whole library. */
export const ARTICLES_PER_CHUNK = 50;
export const BYTES_PER_CHUNK = 32 * 1024 * 1024;

function sizeOf(article: ExportedArticle): number {
  return article.body.content.length + article.text.length + article.assets.reduce((sum, asset) => sum + asset.bytes.length, 0);
}

export async function streamArticles(
  db: OffprintDatabase,
  ids: readonly string[],
  send: (chunk: ExportedArticle[]) => Promise<void>,
  onProgress: (done: number) => void,
): Promise<void> {
  let chunk: ExportedArticle[] = [];
  let bytes = 0;
  let done = 0;
  const flush = async () => {
    await send(chunk);
    done += chunk.length;
    onProgress(done);
    chunk = [];
    bytes = 0;
  };
  for (const id of ids) {
    const article = await readExportedArticle(db, id);
    chunk.push(article);
    bytes += sizeOf(article);
    if (chunk.length >= ARTICLES_PER_CHUNK || bytes >= BYTES_PER_CHUNK) await flush();
  }
  if (chunk.length > 0) await flush();
}
