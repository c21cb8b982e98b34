/** A modal dialog holds the wheel: scrolling over it never scrolls the library behind it. */
import { expect, test } from './fixtures';

test('the wheel over the Tags dialog does not scroll the library behind it', async ({ launch }) => {
  const app = await launch({ viewport: { width: 700, height: 420 } });
  const { page } = app;
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
  // The library is taller than this window: a wheel over it scrolls it.
  expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
  await page.getByRole('button', { name: 'Tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  await expect(dialog).toBeVisible();
  const box = (await dialog.getByRole('heading', { name: 'Tags', exact: true }).boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + 5);
  for (let i = 0; i < 5; i += 1) await page.mouse.wheel(0, 400);
  // Give the wheel its frame: the dialog's own scroll (or none) is done once the page has painted twice.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
