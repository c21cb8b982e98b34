/**
 * The stored index's bytes in the library database, read and written with plain IndexedDB from the worker's own
 * thread (no Dexie there): a large value cloned into IndexedDB costs the thread that writes it (over a second at
 * 12,000 articles), and the stored bytes (hundreds of megabytes in a large library) are never read into, or
 * copied through, the window. Each call opens the database for one short transaction on the `searchIndex` store;
 * the connection gives way to a schema upgrade.
 */
import type { StoredIndexBytes } from '../../../../src-shared/search/engine/index-engine';

/** The library database, or null when it has no `searchIndex` store (yet). The caller closes it. */
function openLibraryDb(dbName: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error ?? new Error('The library database could not be opened.'));
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      if (db.objectStoreNames.contains('searchIndex')) resolve(db);
      else {
        db.close();
        resolve(null);
      }
    };
  });
}

export const idbIndexBytes: StoredIndexBytes = {
  async read(dbName, key, version) {
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
  },

  async write(dbName, bytes, record) {
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
  },
};
