/**
 * The library's database name as the app finds it at start (src-renderer/src/data/library-name.ts): the active
 * name in the library pointer's database, else the default `offprint`. Read in the page without opening (and so
 * creating) the pointer when it is not there.
 */
import type { Page } from '@playwright/test';

export function activeLibrary(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const pointerName = 'offprint-active-library';
    if (!(await indexedDB.databases()).some((info) => info.name === pointerName)) return 'offprint';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(pointerName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('names')) return 'offprint';
      const row = await new Promise<{ name?: string } | undefined>((resolve, reject) => {
        const request = db.transaction('names', 'readonly').objectStore('names').get('active');
        request.onsuccess = () => resolve(request.result as { name?: string } | undefined);
        request.onerror = () => reject(request.error);
      });
      return row?.name ?? 'offprint';
    } finally {
      db.close();
    }
  });
}
