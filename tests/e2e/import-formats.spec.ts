/**
 * Saved-page formats imported end to end: a real MHTML file written by Chromium's own "Save as single file"
 * (Page.captureSnapshot, tests/fixtures/formats/make-mhtml.mjs) is read with its text and its image, which is shown
 * from the library, not fetched; an EPUB 3 book (make-epub.mjs) becomes one article whose Contents are its chapters.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';

const MHTML = join(process.cwd(), 'tests', 'fixtures', 'formats', 'chromium-snapshot.mhtml');
const TITLE = 'Tide Tables of the Northern Shore';

test('an MHTML page saved by Chromium is imported with its title, its text and its image', async ({ launch }) => {
  const app = await launch();
  await expect(app.page.getByText('5 articles')).toBeVisible();
  await app.openFiles([MHTML]);
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\b/);
  await openArticle(app.page, TITLE);
  const body = articleBody(app.page);
  await expect(body).toContainText('crème, déjà vu, naïve');
  const image = body.getByRole('img', { name: 'A square chart' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

const EPUB = join(process.cwd(), 'tests', 'fixtures', 'formats', 'epub3-harbour.epub');

test('an EPUB book is imported as one article whose Contents are its chapters, with its image', async ({ launch }) => {
  const app = await launch();
  await app.openFiles([EPUB]);
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\b/);
  await openArticle(app.page, 'The Harbour Book');
  const body = articleBody(app.page);
  await expect(body).toContainText('night ferry leaves at eleven');
  const contents = app.page.getByRole('navigation', { name: 'Contents' });
  await contents.getByText('Contents', { exact: true }).click();
  await expect(contents.getByRole('link')).toHaveText(['The Tide Tables', 'Spring Tides', 'The Night Ferry', 'The Crossing']);
  const image = body.getByRole('img', { name: 'A square chart' });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});
