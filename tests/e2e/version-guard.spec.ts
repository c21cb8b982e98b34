/**
 * The downgrade and version guard, and the empty-library warning, in real IndexedDB: a library written by a
 * newer schema version (99) stops at the guard and is left untouched; with a backup in the Backups folder the
 * guard opens it read-only instead (its articles listed, one opened, its notes shown, a write refused) and the
 * library still has its newer version, row for row; an older Chromium than the one recorded
 * stops there too; a library found empty where the record says articles were asks before anything, and no
 * sample library is put in its place.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BundleWriter } from '../../src-main/services/bundle';
import { exportedArticle } from '../unit/main/services/bundle/support/articles';
import { SAMPLES } from './support/library-fixture';
import { addNote, notesRegion } from './support/notes';
import { openArticle } from './support/reader';
import { readLibraryRaw, withOriginPage, writeLibraryAt } from './support/origin-page';
import { sampleRecords, SHIPPED_SCHEMAS } from '../fixtures/schemas/shipped-schemas';

function recordOf(profileDir: string): { articleCount: number; chromiumVersion: string; schemaVersion: number } | null {
  try {
    return JSON.parse(readFileSync(join(profileDir, 'library-record.json'), 'utf8'));
  } catch {
    return null;
  }
}

function guardScreen(page: Page) {
  return page.getByRole('main', { name: 'This library was written by a newer Offprint' });
}

test('a database written by schema version 99 shows the guard and is left untouched', async ({ launch, profileDir }) => {
  const records = sampleRecords(99);
  const stores = { ...SHIPPED_SCHEMAS[4], future: 'id' };
  await withOriginPage(profileDir, (page) => writeLibraryAt(page, 99, stores, records));
  const before = await withOriginPage(profileDir, (page) => readLibraryRaw(page, Object.keys(stores)));
  expect(before.version).toBe(990);

  const app = await launch({ expectState: 'guard' });
  const guard = guardScreen(app.page);
  await expect(guard).toContainText('schema version 99, newer than this Offprint reads');
  await expect(guard).toContainText('Offprint has not opened it and changed nothing');
  await expect(guard).toContainText('There is no backup in the Backups folder. There is nothing to open read-only.');
  await expect(guard.getByRole('button', { name: 'Open the Latest Backup Read-Only' })).toHaveCount(0);
  await expect(app.page.getByRole('list', { name: 'Articles' })).toHaveCount(0);
  await guard.getByRole('button', { name: 'Show Backups Folder' }).click();
  await expect.poll(() => app.shownFolders()).toEqual([join(profileDir, 'Backups')]);
  await guard.getByRole('button', { name: 'Quit' }).click();
  await expect.poll(() => app.quitRequests()).toBe(1);
  await app.close();

  expect(recordOf(profileDir)).toBeNull();
  const after = await withOriginPage(profileDir, (page) => readLibraryRaw(page, Object.keys(stores)));
  expect(after).toEqual(before);
});

test('with a backup, the guard opens it read-only: its articles listed and read, writes refused, the library untouched', async ({
  launch,
  profileDir,
}) => {
  const records = sampleRecords(99);
  const stores = { ...SHIPPED_SCHEMAS[4], future: 'id' };
  await withOriginPage(profileDir, (page) => writeLibraryAt(page, 99, stores, records));
  const before = await withOriginPage(profileDir, (page) => readLibraryRaw(page, Object.keys(stores)));
  mkdirSync(join(profileDir, 'Backups'));
  const writer = await BundleWriter.create(join(profileDir, 'Backups', 'Offprint 2026-12-01 090000Z 2 articles.offprint'), {
    title: 'Backup',
    creator: 'test',
    created: new Date('2026-12-01T09:00:00Z'),
  });
  for (const [id, river] of [['b1', 'rivers'], ['b2', 'canals']] as const) {
    const article = exportedArticle(id);
    const content = article.body.content.replace('rivers', river);
    await writer.addArticle({ ...article, body: { ...article.body, content } });
  }
  await writer.finish();

  const app = await launch({ expectState: 'guard' });
  const guard = guardScreen(app.page);
  await expect(guard).toContainText('(2 articles), in the Backups folder. You can open it read-only instead');
  await guard.getByRole('button', { name: 'Open the Latest Backup Read-Only' }).click();
  const banner = app.page.getByRole('status', { name: 'Read-only copy' });
  await expect(banner).toContainText('This is a read-only copy of the backup of');
  await expect(banner).toContainText('Your library was not opened, and nothing here can be changed.');
  const items = app.page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await app.page.getByRole('searchbox', { name: 'Search library' }).fill('canals');
  await expect(app.page.getByRole('list', { name: 'Search results' }).getByRole('button')).toHaveText(['Field notes b2']);
  await app.page.getByRole('searchbox', { name: 'Search library' }).fill('');
  await openArticle(app.page, 'Field notes b1');
  await expect(app.page.getByRole('main')).toContainText('A paragraph about rivers and bridges.');
  await expect(notesRegion(app.page)).toContainText('Check the bridge figures.');
  await addNote(app.page, 'Written in the copy.');
  await expect(app.page.getByRole('alert')).toContainText('This is a read-only copy of the backup of');
  await expect(notesRegion(app.page).getByRole('listitem')).toHaveCount(1);
  await app.close();

  // The library was never opened: its newer version and every row are as they were, and nothing was recorded.
  expect(recordOf(profileDir)).toBeNull();
  const after = await withOriginPage(profileDir, (page) => readLibraryRaw(page, Object.keys(stores)));
  expect(after).toEqual(before);
  expect(after.version).toBe(990);
});

test('an older Chromium than the one that last opened the library shows the guard; the right one opens it', async ({ launch, profileDir }) => {
  const first = await launch();
  await expect(first.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(SAMPLES);
  await expect.poll(() => recordOf(profileDir)?.articleCount).toBe(SAMPLES);
  const recorded = recordOf(profileDir)!;
  expect(recorded.schemaVersion).toBe(6);
  expect(recorded.chromiumVersion).toMatch(/^\d+\.\d+/);
  await first.close();

  const older = await launch({ chromiumVersion: '100.0.0.0', expectState: 'guard' });
  const guard = guardScreen(older.page);
  await expect(guard).toContainText(`Chromium ${recorded.chromiumVersion}`);
  await expect(guard).toContainText('This Offprint runs on an older Chromium (100.0.0.0)');
  await older.close();
  expect(recordOf(profileDir)?.chromiumVersion).toBe(recorded.chromiumVersion);

  const again = await launch();
  await expect(again.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(SAMPLES);
});

test('a library found empty where the record says articles were is reported: Keep empty records it', async ({ launch, profileDir }) => {
  const first = await launch();
  await expect.poll(() => recordOf(profileDir)?.articleCount).toBe(SAMPLES);
  await first.close();
  await withOriginPage(profileDir, (page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('offprint');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    ),
  );

  const app = await launch();
  const notice = app.page.getByRole('alertdialog');
  await expect(notice).toContainText(`Your library looks empty, but ${SAMPLES} articles were here on`);
  await expect(notice).toContainText(': restore?');
  // Nothing was put in its place, and the empty library is not recorded while the question waits.
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(0);
  expect(recordOf(profileDir)?.articleCount).toBe(SAMPLES);

  await notice.getByRole('button', { name: 'Restore…' }).click();
  await expect(app.page.getByRole('dialog', { name: 'Restore from Backup' })).toContainText('There are no backups in the Backups folder yet.');
  await app.page.getByRole('dialog', { name: 'Restore from Backup' }).getByRole('button', { name: 'Close' }).click();

  await notice.getByRole('button', { name: 'Keep empty' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => recordOf(profileDir)?.articleCount).toBe(0);
  await app.close();

  const later = await launch();
  await expect(later.page.getByRole('alertdialog')).toHaveCount(0);
  await expect(later.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(0);
});
