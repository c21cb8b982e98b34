/**
 * Issue 12: a low disk stops an import and an export before anything is written, with a message that says how much
 * is needed and how much is free; the library is as it was, and no file appears at the export's destination. The
 * backup's low-disk case is in backup.spec.ts. Free space is simulated through the Chromium harness's host
 * (setFreeDiskBytes): Electron's main asks the real disk through fs.statfs, and this machine's disk is not full.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SAMPLES } from './support/library-fixture';

const FREE = 20 * 1024 * 1024;
let root = '';

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-low-disk-'));
  writeFileSync(join(root, 'harbour.md'), '# Harbour Library\n\nThe harbour library opens at nine and lends books to sailors.\n');
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('low disk: an import stops before it reads or stores anything, and goes through once space is free', async ({ launch }) => {
  const app = await launch();
  test.skip(app.kind !== 'chromium', 'free space can be simulated only through the Chromium harness host (setFreeDiskBytes)');
  const { page } = app;
  const count = page.locator('.library-count');
  await expect(count).toHaveText(`${SAMPLES} articles`);

  await app.setFreeDiskBytes(FREE);
  await app.chooseOnNextImport([join(root, 'harbour.md')]);
  await app.emit('menu:command', 'import');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Import failed: The import needs about');
  await expect(alert).toContainText('only \u206820 MB\u2069 is free. Nothing was written.');
  await expect(count).toHaveText(`${SAMPLES} articles`);
  await expect(page.getByRole('list', { name: 'Articles' }).getByText('Harbour Library')).toHaveCount(0);

  await app.setFreeDiskBytes(null);
  await app.chooseOnNextImport([join(root, 'harbour.md')]);
  await app.emit('menu:command', 'import');
  await expect(page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\./);
  await expect(alert).toHaveCount(0);
  await expect(count).toHaveText(`${SAMPLES + 1} articles`);
});

test('low disk: an export stops before it writes, and no file is left at the destination', async ({ launch }) => {
  const app = await launch();
  test.skip(app.kind !== 'chromium', 'free space can be simulated only through the Chromium harness host (setFreeDiskBytes)');
  const { page } = app;
  const out = mkdtempSync(join(root, 'export-'));
  await app.setFreeDiskBytes(FREE);
  await app.chooseOnNextExport(join(out, 'Library.offprint'));
  await app.emit('menu:command', 'export-library');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The export needs about');
  await expect(alert).toContainText('only \u206820 MB\u2069 is free. Nothing was written.');
  expect(readdirSync(out)).toEqual([]);
});
