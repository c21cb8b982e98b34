/**
 * Issue 12: "a write that fails for space leaves the library as it was". Chromium's IndexedDB refuses a write on a
 * full disk with a QuotaExceededError; the page's object stores are made to refuse writes the same way (the quota
 * cannot be lowered for a page: CDP's Storage.overrideQuotaForOrigin does not reach this IndexedDB). An import then
 * stops with a message that says the disk is full, in the interface's words, and stores nothing; once there is room
 * again, the same import goes through.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SAMPLES } from './support/library-fixture';

let root = '';

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-storage-full-'));
  mkdirSync(join(root, 'shelf'));
  for (let i = 0; i < 12; i += 1) {
    writeFileSync(join(root, 'shelf', `harbour-${i}.md`), `# Harbour Letter ${i}\n\n${`Letter ${i} from the harbour library to its readers. `.repeat(60)}\n`);
  }
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** From now on the library's article stores refuse every write as a full disk does (full = false: room again). */
async function diskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((on) => {
    const marked = window as unknown as { offprintTestOriginals?: { put: IDBObjectStore['put']; add: IDBObjectStore['add'] } };
    if (!marked.offprintTestOriginals) marked.offprintTestOriginals = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
    const originals = marked.offprintTestOriginals;
    IDBObjectStore.prototype.put = originals.put;
    IDBObjectStore.prototype.add = originals.add;
    if (!on) return;
    for (const name of ['put', 'add'] as const) {
      const original = originals[name];
      IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (this.name !== 'settings') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  }, full);
}

test('a full disk refusing the library’s writes stops the import, says so, and stores nothing', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const count = page.locator('.library-count');
  await expect(count).toHaveText(`${SAMPLES} articles`);

  await diskFull(page, true);
  await app.chooseOnNextImport([join(root, 'shelf')]);
  await app.emit('menu:command', 'import-folder');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/^Import failed: There is no room left on this disk for Offprint’s library, so nothing was stored\. Free some disk space and try again\./);
  await expect(alert).not.toContainText('QuotaExceededError');
  await expect(count).toHaveText(`${SAMPLES} articles`);
  await expect(page.getByRole('list', { name: 'Articles' }).getByText(/^Harbour Letter/)).toHaveCount(0);

  await diskFull(page, false);
  await app.chooseOnNextImport([join(root, 'shelf')]);
  await app.emit('menu:command', 'import-folder');
  await expect(page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 12 articles\./);
  await expect(count).toHaveText(`${SAMPLES + 12} articles`);
});
