/**
 * Opens the library database with plain IndexedDB from the engine's thread (no Dexie there), for one short
 * transaction on the `searchIndex` store: null when the store does not exist (yet). The connection gives way to a
 * schema upgrade; the caller closes it when its transaction ends.
 */
export function openLibraryDb(dbName: string): Promise<IDBDatabase | null> {
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
