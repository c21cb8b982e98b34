/** Reading the whole library back from IndexedDB in the page, to compare two libraries field by field. */
import type { Page } from '@playwright/test';
import { activeLibrary } from './active-library';

/**
 * Everything the library holds, read from IndexedDB in the page, keyed by article id: metadata (id and added date
 * included; `withoutIdentifier` leaves out the source identifier, which an import sets to the bundle's article id), body, text, images (SHA-256
 * of their bytes), notes and highlights.
 */
export async function librarySnapshot(page: Page, options: { withoutIdentifier?: boolean } = {}): Promise<Record<string, unknown>> {
  // The library's database: the one a Replace switched to (src-renderer/src/data/library-name.ts), or 'offprint'.
  const name = await activeLibrary(page);
  return page.evaluate(async ({ withoutIdentifier, name }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Row = Record<string, unknown> & { id: string; articleId: string };
    const [articles, bodies, assets, notes, highlights] = await Promise.all(
      ['articles', 'bodies', 'assets', 'notes', 'highlights'].map((store) => all<Row>(store)),
    );
    db.close();
    const hex = async (blob: Blob) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const of = (rows: Row[] | undefined, articleId: string) =>
      (rows ?? []).filter((row) => row.articleId === articleId).map(({ articleId: _a, ...rest }) => rest);
    const snapshot: Record<string, unknown> = {};
    for (const { identifier, ...rest } of articles ?? []) {
      const meta = withoutIdentifier ? rest : { ...rest, identifier };
      const id = meta.id;
      const body = (bodies ?? []).find((row) => row.articleId === id);
      const images = await Promise.all(
        (assets ?? [])
          .filter((row) => row.articleId === id)
          .map(async (row) => ({ name: row['name'], mediaType: row['mediaType'], sha256: await hex(row['blob'] as Blob) })),
      );
      snapshot[id] = {
        meta,
        body: body && { format: body['format'], content: body['content'], text: body['text'] },
        images: images.sort((a, b) => String(a.name).localeCompare(String(b.name))),
        notes: of(notes, id),
        highlights: of(highlights, id),
      };
    }
    return snapshot;
  }, { ...options, name });
}
