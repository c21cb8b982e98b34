/**
 * Saved-page formats imported end to end: a real MHTML file written by Chromium's own "Save as single file"
 * (Page.captureSnapshot, tests/fixtures/formats/make-mhtml.mjs) is read with its text and its image, which is shown
 * from the library, not fetched.
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
