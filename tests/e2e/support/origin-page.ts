/**
 * A page of the app's origin (so the same IndexedDB) on a profile, WITHOUT the app: the library database can be
 * written as an older or newer Offprint would have left it, or read back untouched, before or after the app opens
 * it. Dexie (its UMD build) is loaded into the page, so a test can declare exactly one schema version.
 */
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Dexie } from 'dexie';
import { QUIET_OFFLINE_FLAGS } from '../harness/chromium-app';
import { REPO_ROOT, rendererOrigin } from '../harness/config';
import { findBrowser } from '../harness/find-runtime';

const BLANK = '/__offprint-test-blank';

export async function withOriginPage<T>(profileDir: string, body: (page: Page) => Promise<T>): Promise<T> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium to open the profile with (set CHROMIUM_PATH).');
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: QUIET_OFFLINE_FLAGS });
  try {
    await context.route(`${rendererOrigin()}${BLANK}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Profile</title>' }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${rendererOrigin()}${BLANK}`);
    await page.addScriptTag({ path: join(REPO_ROOT, 'node_modules', 'dexie', 'dist', 'dexie.js') });
    return await body(page);
  } finally {
    await context.close();
  }
}

export interface LibraryRows {
  articles: Record<string, unknown>[];
  bodies: Record<string, unknown>[];
  notes: Record<string, unknown>[];
  highlights: Record<string, unknown>[];
}

/** Writes the rows into a database `offprint` that declares only this schema version (Dexie in the page). */
export async function writeLibraryAt(page: Page, version: number, stores: Record<string, string>, rows: LibraryRows): Promise<void> {
  await page.evaluate(
    async ({ version: v, stores: s, rows: r }) => {
      const DexieClass = (window as unknown as { Dexie: new (name: string) => Dexie }).Dexie;
      const db = new DexieClass('offprint');
      db.version(v).stores(s);
      await db.table('articles').bulkPut(r.articles);
      await db.table('bodies').bulkPut(r.bodies);
      await db.table('notes').bulkPut(r.notes);
      await db.table('highlights').bulkPut(r.highlights);
      db.close();
    },
    { version, stores, rows },
  );
}

/** The database's IndexedDB version and every row of these stores, read with plain IndexedDB (no upgrade). */
export async function readLibraryRaw(page: Page, stores: string[]): Promise<{ version: number; rows: Record<string, unknown[]> }> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('offprint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows: Record<string, unknown[]> = {};
    for (const name of names) {
      if (!db.objectStoreNames.contains(name)) continue;
      rows[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    const version = db.version;
    db.close();
    return { version, rows };
  }, stores);
}
