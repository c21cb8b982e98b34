/** First start: the library is filled from the shipped sample library, and the saved news page reads right. */
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, articleBody, openArticle } from './support/reader';

const MARKDOWN_SAMPLE_TITLE = 'Reading Offline with Offprint: Zoom, Notes and a Library of Your Own';

test('the first-run library lists the samples with title, source and date', async ({ launch }) => {
  const { page } = await launch();
  const items = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  const sample = items.filter({ hasText: SAMPLE_TITLE });
  await expect(sample).toContainText("People's Daily");
  await expect(sample.locator('time[datetime="2017-09-28"]')).toHaveCount(1);
});

test('the saved People\'s Daily page opens with its metadata, without the page chrome', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, SAMPLE_TITLE);
  const header = page.locator('article header');
  await expect(header).toContainText("People's Daily");
  await expect(header.locator('time[datetime="2017-09-28"]')).toBeVisible();
  await expect(header.locator('time[datetime="2017-10-23"]')).toBeVisible();
  // The page's author field is empty: no author line at all, never a bare "Author:".
  await expect(header).not.toContainText('Author');

  const body = articleBody(page);
  const paragraphs = body.locator('p');
  await expect(paragraphs).toHaveCount(7);
  await expect(paragraphs.first()).toHaveText(/^China is known as one of the safest countries in the world\./);
  await expect(paragraphs.last()).toHaveText(/build a community of common destiny for all mankind\.$/);
  for (const chrome of ['comments and feedback', 'Zoom In | Zoom Out', 'Related Articles', 'Submit Time']) {
    await expect(body).not.toContainText(chrome);
  }
  // Non-breaking spaces from the saved page do not glue paragraphs together or leave stray characters.
  expect(await paragraphs.nth(0).evaluate((p) => p.textContent?.endsWith('\u00a0'))).toBe(false);
});

test('the Markdown sample shows its local image from the library, never from a file or the network', async ({
  launch,
}) => {
  const { page } = await launch();
  await openArticle(page, MARKDOWN_SAMPLE_TITLE);
  await expect(page.locator('article header')).toContainText('The Offprint Team');
  const image = articleBody(page).locator('img').first();
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('the Chinese sample is set as Chinese', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, '在没有网络的地方读书');
  await expect(page.locator('article')).toHaveAttribute('lang', 'zh');
  await expect(articleBody(page).locator('p').first()).toContainText(/[\u4e00-\u9fff]{10}/);
});
