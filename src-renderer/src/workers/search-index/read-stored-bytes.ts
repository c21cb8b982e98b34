/**
 * Reads the stored index from the library database in the engine's own thread: the stored bytes (hundreds of
 * megabytes in a large library) are never read into, or copied through, the window.
 */
import { openLibraryDb } from './open-library-db';

export async function readStoredBytes(dbName: string, key: string, version: string): Promise<Uint8Array | null> {
  const db = await openLibraryDb(dbName);
  if (!db) return null;
  return new Promise((resolve, reject) => {
    const request = db.transaction('searchIndex', 'readonly').objectStore('searchIndex').get(key);
    request.onsuccess = () => {
      db.close();
      const record = request.result as { version?: unknown; bytes?: unknown } | undefined;
      resolve(record?.version === version && record.bytes instanceof Uint8Array ? record.bytes : null);
    };
    request.onerror = () => {
      db.close();
      reject(request.error ?? new Error('The stored search index could not be read.'));
    };
  });
}
