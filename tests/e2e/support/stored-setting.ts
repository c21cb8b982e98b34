/**
 * One setting as the library's database holds it (src-renderer/src/data/settings-repo.ts), read in the page: a
 * test that restarts the app waits for the setting to be written first, as the app's own write is not awaited by
 * the click that made it.
 */
import type { Page } from '@playwright/test';
import { activeLibrary } from './active-library';

export async function storedSetting(page: Page, key: string): Promise<unknown> {
  const name = await activeLibrary(page);
  return page.evaluate(
    async ({ name, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const row = await new Promise<{ value?: unknown } | undefined>((resolve, reject) => {
          const request = db.transaction('settings', 'readonly').objectStore('settings').get(key);
          request.onsuccess = () => resolve(request.result as { value?: unknown } | undefined);
          request.onerror = () => reject(request.error);
        });
        return row?.value;
      } finally {
        db.close();
      }
    },
    { name, key },
  );
}
