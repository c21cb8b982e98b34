/**
 * Writes the serialised index into the library database from the engine's own thread: a large value cloned into
 * IndexedDB costs the thread that writes it (over a second at 12,000 articles), so the window never does it.
 */
import { openLibraryDb } from './open-library-db';

export interface StoredIndexRecord {
  key: string;
  version: string;
  savedAt: string;
}

export async function persistBytes(dbName: string, bytes: Uint8Array, record: StoredIndexRecord): Promise<void> {
  const db = await openLibraryDb(dbName);
  if (!db) throw new Error('The library database has no searchIndex store.');
  return new Promise((resolve, reject) => {
    const tx = db.transaction('searchIndex', 'readwrite');
    tx.objectStore('searchIndex').put({ ...record, bytes });
    tx.oncomplete = () => {
      db.close();
      resolve();
    };
    tx.onerror = tx.onabort = () => {
      db.close();
      reject(tx.error ?? new Error('The search index could not be saved.'));
    };
  });
}
