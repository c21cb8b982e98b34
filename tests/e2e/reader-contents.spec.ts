/** Long articles get "Contents": links to their h2/h3 headings that bring the heading to the top of the window. */
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle } from './support/reader';

const LONG_TITLE = "A Reader's Handbook: Reading Well on Screens and Off Them";

test('Contents lists the headings of a long article and a link scrolls to its heading', async ({ launch }) => {
  const { page } = await launch({ viewport: { width: 900, height: 700 } });
  await openArticle(page, LONG_TITLE);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByText('Contents', { exact: true }).click();
  const links = contents.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  const target = links.nth(4);
  const name = (await target.textContent())!.trim();
  const heading = page.getByTestId('article-body').getByRole('heading', { name, exact: true });
  await expect(heading).not.toBeInViewport();

  await target.click();
  await expect(heading).toBeFocused();
  const [headingTop, barBottom] = await Promise.all([
    heading.evaluate((h) => h.getBoundingClientRect().top),
    page.locator('.reader-bar').evaluate((bar) => bar.getBoundingClientRect().bottom),
  ]);
  expect(headingTop).toBeGreaterThanOrEqual(barBottom);
  expect(headingTop).toBeLessThan(barBottom + 40);
});

test('a short article without headings has no Contents', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, SAMPLE_TITLE);
  await expect(page.getByTestId('article-body')).toHaveAttribute('data-body-state', 'ready');
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
});
