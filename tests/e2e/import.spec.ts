/** Importing through File → Import… and by dropping files on the window, with the real parsers and database. */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'e2e');

function libraryItems(page: Page) {
  return page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
}

/** Drops files (name + text) on the window, as a user dragging them from the file manager would. */
async function dropFiles(page: Page, files: { name: string; text: string; type: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

test('File → Import… imports a Markdown article with its local image', async ({ launch }) => {
  const app = await launch();
  await app.chooseOnNextImport([join(fixtures, 'field-notes.md')]);
  await app.emit('menu:command', 'import');
  await expect(libraryItems(app.page)).toHaveCount(6);
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\./);

  await openArticle(app.page, 'Field Notes on Quiet Reading');
  await expect(app.page.locator('article header')).toContainText('Ada Lindqvist');
  await expect(app.page.locator('article header')).toContainText('The Reading Room');
  const image = articleBody(app.page).locator('img');
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);

  // Links leave the app only through the checked system-browser call, after the person said yes.
  await app.answerNextOpenConfirmation({ open: true });
  await articleBody(app.page).getByRole('link', { name: 'the original page' }).click();
  await expect.poll(() => app.openedExternalUrls()).toEqual(['https://example.org/field-notes']);
  expect(await app.openConfirmations()).toEqual(['https://example.org/field-notes']);
});

test('importing the same file again updates it, keeps its notes, and adds no duplicate', async ({ launch }) => {
  const app = await launch();
  const status = app.page.getByRole('status', { name: 'Import status' });
  await app.chooseOnNextImport([join(fixtures, 'field-notes.md')]);
  await app.emit('menu:command', 'import');
  await expect(status).toHaveText(/^Imported 1 article\./);
  await openArticle(app.page, 'Field Notes on Quiet Reading');
  const notes = app.page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('textbox', { name: 'New note' }).fill('Kept across re-imports.');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await app.page.getByRole('button', { name: 'Back to library' }).click();
  await app.chooseOnNextImport([join(fixtures, 'field-notes.md')]);
  await app.emit('menu:command', 'import');
  await expect(status).toHaveText(/^Updated 1 article\./);
  await expect(libraryItems(app.page)).toHaveCount(6);
  await openArticle(app.page, 'Field Notes on Quiet Reading');
  await expect(app.page.getByRole('region', { name: 'Notes' }).getByRole('listitem')).toHaveText([
    /Kept across re-imports\./,
  ]);
});

test('dropping files imports them, and a file that cannot be read is reported by name', async ({ launch }) => {
  const { page } = await launch();
  await dropFiles(page, [
    {
      name: 'dropped-note.txt',
      type: 'text/plain',
      text: 'A Dropped Page\n\nSubmit Time:2024-01-05\n\nThe first paragraph of a dropped page.\n\nAnd its second.\n',
    },
    { name: 'scan.pdf', type: 'application/pdf', text: '%PDF-1.4 binary' },
  ]);
  await expect(libraryItems(page)).toHaveCount(6);
  const status = page.getByRole('status').filter({ hasText: /could not be imported/ });
  await expect(status).toContainText('scan.pdf');
  await openArticle(page, 'A Dropped Page');
  await expect(articleBody(page).locator('p')).toHaveCount(2);
});

test('a hostile HTML page is imported as text only: no script runs, nothing remote loads', async ({ launch }) => {
  const app = await launch();
  await app.chooseOnNextImport([join(fixtures, 'hostile.html')]);
  await app.emit('menu:command', 'import');
  await openArticle(app.page, 'A Page That Tries Everything');
  const body = articleBody(app.page);
  await expect(body).toContainText('This article is ordinary text');
  await expect(body.locator('script, iframe, [onerror], [onclick]')).toHaveCount(0);
  await expect(body).toContainText('Tracking pixel of the gazette');
  await expect(body.locator('img[src^="http"]')).toHaveCount(0);
  await body.getByText('Clicking this paragraph').click();
  // DOMPurify removed the javascript: URL: clicking the words does nothing.
  await body.getByText('script link').click();
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await app.page.evaluate(() => document.body.dataset['pwned'])).toBeUndefined();
  expect(await app.openedExternalUrls()).toEqual([]);
  // The fixture's afterEach check also proves that no request left 127.0.0.1.
});
