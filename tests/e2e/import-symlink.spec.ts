/**
 * Issue 12: a symbolic link inside a chosen folder is not followed out of it. The folder the user chose holds a
 * real article, a link to another article inside the same folder, and `innocent.md`, a link to a diary elsewhere in
 * the home folder. The real main services import the folder: the diary is never read into the library (its title
 * and its words are nowhere), and the report names the link with the reason.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errors } from '../../src-shared/i18n/messages/en/errors';
import { expect, test } from './fixtures';
import { SAMPLES } from './support/library-fixture';

let root = '';

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-import-symlink-'));
  mkdirSync(join(root, 'chosen', 'inner'), { recursive: true });
  mkdirSync(join(root, 'private'), { recursive: true });
  writeFileSync(join(root, 'chosen', 'harbour.md'), '# Harbour Library\n\nThe harbour library opens at nine and lends books to sailors.\n');
  writeFileSync(join(root, 'chosen', 'inner', 'lighthouse.md'), '# Lighthouse Keepers\n\nThe keepers read by the lamp all night.\n');
  writeFileSync(join(root, 'private', 'diary.md'), '# My Secret Diary\n\nPrivate words about quokkas that must never be read.\n');
  symlinkSync(join(root, 'chosen', 'inner', 'lighthouse.md'), join(root, 'chosen', 'lighthouse-link.md'));
  symlinkSync(join(root, 'private', 'diary.md'), join(root, 'chosen', 'innocent.md'));
  symlinkSync(join(root, 'private'), join(root, 'chosen', 'more'));
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('links that leave the chosen folder are skipped and reported; the file they point at is never imported', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const chosen = join(root, 'chosen');
  await app.chooseOnNextImport([chosen]);
  await app.emit('menu:command', 'import-folder');
  const status = page.getByRole('status', { name: 'Import status' });
  await expect(status).toHaveText(/^Imported 2 articles\. 2 files could not be imported\./);
  await expect(page.locator('.library-count')).toHaveText(`${2 + SAMPLES} articles`);

  await status.getByRole('button', { name: 'View report' }).click();
  const table = page.getByRole('table', { name: 'Files that could not be imported' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  for (const link of ['innocent.md', 'more']) {
    // Shown relative to the chosen folder, the whole path in its tooltip.
    const row = table.locator('tbody tr').filter({ has: page.locator(`td[title="${join(chosen, link)}"]`) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').first()).toHaveText(link);
    await expect(row.getByRole('cell').nth(1)).toHaveText(errors.linkOutside);
  }
  await expect(table).not.toContainText('diary.md');
  await page.getByRole('button', { name: 'Back to import history' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();

  // Only the chosen folder's articles are in the library, and the diary's words find nothing.
  const search = page.getByRole('searchbox', { name: 'Search library' });
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
  await search.fill('Harbour');
  await expect(results).toHaveText(['Harbour Library']);
  await search.fill('lighthouse keepers');
  await expect(results).toHaveText(['Lighthouse Keepers']);
  for (const words of ['quokkas', 'Secret Diary']) {
    await search.fill(words);
    await expect(page.getByText('No results', { exact: true })).toBeVisible();
  }
});
