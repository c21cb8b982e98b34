/**
 * Saved-page formats imported end to end: a real MHTML file written by Chromium's own "Save as single file"
 * (Page.captureSnapshot, tests/fixtures/formats/make-mhtml.mjs) is read with its text and its image, which is shown
 * from the library, not fetched; an EPUB 3 book (make-epub.mjs) becomes one article whose Contents are its chapters;
 * a Safari web archive (make-webarchive.py) shows the image saved inside it; a book locked by DRM is refused, and
 * the report says so.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';

function formatFixture(name: string): string {
  return join(process.cwd(), 'tests', 'fixtures', 'formats', name);
}

/** Imports one file through the app and opens the article it became. */
async function importAndOpen(app: { page: Page; openFiles(paths: string[]): Promise<void> }, file: string, title: string): Promise<Locator> {
  await app.openFiles([file]);
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\b/);
  await openArticle(app.page, title);
  return articleBody(app.page);
}

/** The image is shown, loaded from the library (nothing is fetched). */
async function expectImageShown(body: Locator, name: string): Promise<void> {
  const image = body.getByRole('img', { name });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test('an MHTML page saved by Chromium is imported with its title, its text and its image', async ({ launch }) => {
  const app = await launch();
  await expect(app.page.getByText('5 articles')).toBeVisible();
  const body = await importAndOpen(app, formatFixture('chromium-snapshot.mhtml'), 'Tide Tables of the Northern Shore');
  await expect(body).toContainText('crème, déjà vu, naïve');
  await expectImageShown(body, 'A square chart');
});

test('an EPUB book is imported as one article whose Contents are its chapters, with its image', async ({ launch }) => {
  const app = await launch();
  const body = await importAndOpen(app, formatFixture('epub3-harbour.epub'), 'The Harbour Book');
  await expect(body).toContainText('night ferry leaves at eleven');
  const contents = app.page.getByRole('navigation', { name: 'Contents' });
  await contents.getByText('Contents', { exact: true }).click();
  await expect(contents.getByRole('link')).toHaveText(['The Tide Tables', 'Spring Tides', 'The Night Ferry', 'The Crossing']);
  await expectImageShown(body, 'A square chart');
});

test('a Safari web archive is imported with its text and the image saved inside it', async ({ launch }) => {
  const app = await launch();
  const body = await importAndOpen(app, formatFixture('safari-quay.webarchive'), 'Lamps of the Harbour Wall');
  await expect(body).toContainText('crème, déjà vu, naïve');
  await expectImageShown(body, 'The lamp post chart');
});

test('an EPUB locked by DRM is not imported, and the report says why', async ({ launch }) => {
  const app = await launch();
  await app.openFiles([formatFixture('epub-drm.epub')]);
  const status = app.page.getByRole('status', { name: 'Import status' });
  await expect(status).toHaveText(/1 file could not be imported/);
  await status.getByRole('button', { name: 'View report' }).click();
  const row = app.page.getByRole('table', { name: 'Files that could not be imported' }).locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('epub-drm.epub');
  await expect(row.getByRole('cell').nth(1)).toHaveText('The EPUB is protected by DRM (its chapters are encrypted), so Offprint cannot read it. Import a copy without DRM.');
});
