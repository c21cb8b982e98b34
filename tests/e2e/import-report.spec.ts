/**
 * The import's report says what happened, honestly: a file that appears twice in one import is a duplicate with
 * both paths, relative to the folder chosen, each whole in its tooltip (stored once, not "updated"); "updated" names the library's article it updated; images that were only
 * on the web are counted, and the article says so once, at its top.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';

let root = '';
const NOTES = '---\ntitle: Notes on Slow Reading\n---\n\nSlow reading is a way of reading that takes its time with every page.\n';
const paragraph = 'A long paragraph about tide pools and the small animals that live in them, read slowly and with care. ';
const WEB_PAGE = `<!doctype html><html lang="en"><head><title>Tide Pools</title></head><body><article>
<h1>Tide Pools</h1><p>${paragraph.repeat(6)}</p>
<p><img src="https://images.example.com/anemone.jpg" alt="An anemone"></p>
<p>${paragraph.repeat(6)}</p>
<p><img src="https://images.example.com/crab.jpg" alt="A crab"></p>
<p>${paragraph.repeat(4)}</p></article></body></html>`;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-import-report-'));
  mkdirSync(join(root, 'folder', 'z-copy'), { recursive: true });
  writeFileSync(join(root, 'folder', 'notes.md'), NOTES);
  writeFileSync(join(root, 'folder', 'z-copy', 'notes.md'), NOTES);
  writeFileSync(join(root, 'folder', 'tide-pools.html'), WEB_PAGE);
  writeFileSync(join(root, 'notes-again.md'), NOTES.replace('Notes on Slow Reading', 'Notes on Slow Reading, revised'));
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('a file twice in one import is a duplicate with both paths, "updated" names the article, web images are counted', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const status = page.getByRole('status', { name: 'Import status' });
  const folder = join(root, 'folder');
  await app.chooseOnNextImport([folder]);
  await app.emit('menu:command', 'import-folder');
  await expect(status).toHaveText(
    new RegExp(
      '^Imported 2 articles\\. 1 duplicate in this import: z-copy/notes\\.md is the same article as notes\\.md\\. ' +
        '2 images were on the web and are not in your library\\.',
    ),
  );
  await status.getByRole('button', { name: 'View report' }).click();
  const duplicates = page.getByRole('table', { name: 'Duplicates in this import' });
  await expect(duplicates.locator('thead th')).toHaveText(['File', 'Same article as']);
  const cells = duplicates.locator('tbody tr td');
  await expect(cells).toHaveText(['z-copy/notes.md', 'notes.md']);
  await expect(cells.first()).toHaveAttribute('title', join(folder, 'z-copy', 'notes.md'));
  await expect(cells.last()).toHaveAttribute('title', join(folder, 'notes.md'));
  await expect(page.getByRole('table', { name: 'Articles updated' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to import history' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();

  // The same article from another file: an update, named by the article's title.
  await app.chooseOnNextImport([join(root, 'notes-again.md')]);
  await app.emit('menu:command', 'import');
  await expect(status).toHaveText(/^Updated 1 article\./);
  await status.getByRole('button', { name: 'View report' }).click();
  const updates = page.getByRole('table', { name: 'Articles updated' });
  await expect(updates.locator('thead th')).toHaveText(['Article', 'Updated from']);
  await expect(updates.locator('tbody tr td')).toHaveText(['Notes on Slow Reading', 'notes-again.md']);
  await expect(updates.locator('tbody tr td').last()).toHaveAttribute('title', join(root, 'notes-again.md'));
  await page.getByRole('button', { name: 'Back to import history' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();

  // The page's two web images: said once, above its text, and shown as placeholders in it.
  await openArticle(page, 'Tide Pools');
  const note = page.getByRole('note');
  await expect(note).toHaveCount(1);
  await expect(note).toHaveText('2 images of this article were on the web and are not in your library.');
  await expect(articleBody(page).locator('.image-placeholder')).toHaveCount(2);
  const above = await note.evaluate((el) => {
    const body = document.querySelector('[data-testid="article-body"]');
    return body ? el.getBoundingClientRect().bottom <= body.getBoundingClientRect().top : false;
  });
  expect(above).toBe(true);
  await expect(articleBody(page)).not.toContainText('were on the web');
});
