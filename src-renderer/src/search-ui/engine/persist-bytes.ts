/**
 * Writes the serialised index into the library database from the engine's own thread: a large value cloned into
 * IndexedDB costs the thread that writes it (over a second at 12,000 articles), so the window never does it.
 * Plain IndexedDB (no Dexie in the worker); the connection is closed at once, and gives way to a schema upgrade.
 */
export interface StoredIndexRecord {
  key: string;
  version: string;
  savedAt: string;
}

export function persistBytes(dbName: string, bytes: Uint8Array, record: StoredIndexRecord): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error ?? new Error('The library database could not be opened.'));
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('searchIndex')) {
        db.close();
        reject(new Error('The library database has no searchIndex store.'));
        return;
      }
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
    };
  });
}
