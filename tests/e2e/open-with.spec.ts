/**
 * Files opened with the app (double-click, "Open with Offprint", a second launch) are imported: main queues them
 * and the renderer takes them once it is ready, so a file that starts the app (a cold start) is not lost.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { generateBundle } from './support/import-job-library';

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-open-with-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a .offprint file opened with the running app is imported, reporting its broken articles', async ({ launch }) => {
  const bundle = generateBundle(join(dir, 'Shared reading.offprint'), 30);
  const app = await launch();
  await expect(app.page.getByText('5 articles')).toBeVisible();
  await app.openFiles([bundle.path]);
  const status = app.page.getByRole('status', { name: 'Import status' });
  await expect(status).toHaveText(new RegExp(`^Imported ${bundle.good} articles\\. ${bundle.failures.length} files could not be imported\\.`));
  await expect(app.page.getByText(`${5 + bundle.good} articles`)).toBeVisible();
});

test('a file that starts the app (a cold start) is imported once the first run is done, and only once', async ({ launch }) => {
  const note = join(dir, 'Cold start.md');
  writeFileSync(note, '# Opened at a cold start\n\nThe file the system launched the app with.');
  const app = await launch({ openWith: [note] });
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\b/);
  // The sample library (5) and the opened file, once; a reload asks main again and gets nothing more.
  await expect(app.page.getByText('6 articles')).toBeVisible();
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: 'Opened at a cold start' })).toHaveCount(1);
  await app.page.reload();
  await expect(app.page.locator('body[data-app-state="ready"]')).toBeAttached();
  await expect(app.page.getByText('6 articles')).toBeVisible();
  await expect(app.page.getByRole('status', { name: 'Import status' })).not.toContainText('Imported');
});

test('files opened one after another while the app runs are each imported once', async ({ launch }) => {
  const paths = ['One', 'Two', 'Three'].map((name) => {
    const file = join(dir, `${name}.md`);
    writeFileSync(file, `# Opened ${name}\n\nFile ${name}, opened with the app on its own.`);
    return file;
  });
  const app = await launch();
  await expect(app.page.getByText('5 articles')).toBeVisible();
  for (const path of paths) await app.openFiles([path]);
  await expect(app.page.getByText('8 articles')).toBeVisible();
  const items = app.page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(items).toHaveCount(8);
  for (const name of ['One', 'Two', 'Three']) await expect(items.filter({ hasText: `Opened ${name}` })).toHaveCount(1);
});
