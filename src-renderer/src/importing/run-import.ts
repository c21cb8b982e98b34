/**
 * Imports: ask main to parse (the File dialog, dropped files by path, or dropped files by bytes), then store the
 * batch through the one storeImportBatch, exactly as the first-run library is stored.
 */
import type { DroppedFile, ImportBatch, ImportFailure } from '../../../src-main/contract';
import { bridge, unwrap } from '../bridge/bridge';
import type { OffprintDatabase } from '../db/database';
import { storeImportBatch, type StoreReport } from '../db/import-repo';
import { sanitizeArticleHtml } from '../db/sanitize-html';

/** Dropped files travel as bytes in chunks of this many, to keep each message small. */
const FILES_PER_CALL = 100;

export function storeBatch(db: OffprintDatabase, batch: ImportBatch): Promise<StoreReport> {
  return storeImportBatch(db, batch, sanitizeArticleHtml);
}

/** File → Import…: null when the user cancelled the dialog. */
export async function importFromDialog(db: OffprintDatabase): Promise<StoreReport | null> {
  const batch = unwrap(await bridge().import.chooseAndParse());
  return batch ? storeBatch(db, batch) : null;
}

export async function importDroppedFiles(db: OffprintDatabase, files: readonly File[]): Promise<StoreReport> {
  return storeBatch(db, await parseDroppedFiles(files));
}

/** Files with a path on disk are parsed by path (folders too); the others are read here and sent as bytes. */
export async function parseDroppedFiles(files: readonly File[]): Promise<ImportBatch> {
  const api = bridge();
  const paths: string[] = [];
  const withoutPath: File[] = [];
  for (const file of files) {
    const path = api.files.pathForFile(file);
    if (path) paths.push(path);
    else withoutPath.push(file);
  }
  const batches: ImportBatch[] = [];
  if (paths.length > 0) batches.push(unwrap(await api.import.parsePaths(paths)));
  const { dropped, failures } = await readFiles(withoutPath);
  batches.push({ articles: [], failures });
  for (let i = 0; i < dropped.length; i += FILES_PER_CALL) {
    batches.push(unwrap(await api.import.parseFiles(dropped.slice(i, i + FILES_PER_CALL))));
  }
  return {
    articles: batches.flatMap((b) => b.articles),
    failures: batches.flatMap((b) => b.failures),
  };
}

async function readFiles(files: readonly File[]): Promise<{ dropped: DroppedFile[]; failures: ImportFailure[] }> {
  const dropped: DroppedFile[] = [];
  const failures: ImportFailure[] = [];
  for (const file of files) {
    try {
      dropped.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      failures.push({ path: file.name, reason: 'The file could not be read (a folder can only be imported by its path).' });
    }
  }
  return { dropped, failures };
}
