/**
 * Reads the stored index from the library database in the engine's own thread: the stored bytes (hundreds of
 * megabytes in a large library) are never read into, or copied through, the window. Plain IndexedDB, as
 * persist-bytes.ts; the connection is closed at once and gives way to a schema upgrade.
 */
export function readStoredBytes(dbName: string, key: string, version: string): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error ?? new Error('The library database could not be opened.'));
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('searchIndex')) {
        db.close();
        resolve(null);
        return;
      }
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
    };
  });
}
