/**
 * Reading states (issue 14): a favourite set from the row's menu shows a star on the row and under the Favourites
 * filter; an article archived from the reader's More menu leaves the list and is found under Archived; the
 * reader's Favourite toggle is pressed for a favourite; the bulk actions mark a selection read, then unread; and
 * the menu's labels follow the row's state (Favourite, then Remove from Favourites).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFromMore, openArticle, SAMPLE_TITLE } from './support/reader';

const list = (page: Page) => page.getByRole('list', { name: 'Articles' });
const row = (page: Page, title: string) => list(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) });
const status = (page: Page) => page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Status' });

test('favourite from the row menu: a star on the row, the Favourites filter shows it, and the menu then offers to remove it', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await expect(list(page).getByRole('listitem')).toHaveCount(5);
  await expect(list(page).getByRole('img', { name: 'Favourite' })).toHaveCount(0);

  await app.chooseOnNextRowMenu('toggle-favourite');
  await row(page, SAMPLE_TITLE).getByRole('button', { name: SAMPLE_TITLE }).click({ button: 'right' });
  await expect(row(page, SAMPLE_TITLE).getByRole('img', { name: 'Favourite' })).toBeVisible();
  await expect(list(page).getByRole('img', { name: 'Favourite' })).toHaveCount(1);

  await status(page).getByRole('checkbox', { name: /^Favourites/ }).check();
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  await expect(row(page, SAMPLE_TITLE)).toBeVisible();

  // Dismissed: the second menu says what it would do now.
  await row(page, SAMPLE_TITLE).getByRole('button', { name: SAMPLE_TITLE }).click({ button: 'right' });
  await expect.poll(() => app.shownRowMenus()).toHaveLength(2);
  const [first, second] = await app.shownRowMenus();
  expect(first).toContain('Favourite');
  expect(second).toContain('Remove from Favourites');
  expect(second).not.toContain('Favourite');
});

test('archive from the reader: the article leaves the list, Archived shows it, and Move out of archive brings it back', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, SAMPLE_TITLE);
  const bar = page.getByRole('navigation', { name: 'Reader' });
  const favourite = bar.getByRole('button', { name: 'Favourite' });
  await expect(favourite).toHaveAttribute('aria-pressed', 'false');
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  await chooseFromMore(page, 'Archive');
  await bar.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('menuitem', { name: 'Move out of archive' })).toBeVisible();
  await page.keyboard.press('Escape');
  await bar.getByRole('button', { name: 'Back to library' }).click();

  await expect(list(page).getByRole('listitem')).toHaveCount(4);
  await expect(row(page, SAMPLE_TITLE)).toHaveCount(0);
  await expect(page.getByText('4 of 5 articles', { exact: true })).toBeVisible();
  await expect(status(page).getByRole('checkbox', { name: /^Archived\s*1$/ })).toBeVisible();

  await status(page).getByRole('checkbox', { name: /^Archived/ }).check();
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  await expect(row(page, SAMPLE_TITLE).getByRole('img', { name: 'Favourite' })).toBeVisible();

  await openArticle(page, SAMPLE_TITLE);
  await chooseFromMore(page, 'Move out of archive');
  await bar.getByRole('button', { name: 'Back to library' }).click();
  await status(page).getByRole('checkbox', { name: /^Archived/ }).uncheck();
  await expect(list(page).getByRole('listitem')).toHaveCount(5);
});

test('the bulk actions mark a selection read, then unread, and the Read and Unread filters follow', async ({ launch }) => {
  const { page } = await launch();
  await expect(list(page).getByRole('listitem')).toHaveCount(5);
  const checkboxes = list(page).getByRole('checkbox');
  await checkboxes.nth(0).check();
  await checkboxes.nth(1).check();
  const bulk = page.getByRole('group', { name: 'Selected articles' });

  await bulk.getByRole('button', { name: 'Mark as read' }).click();
  await expect(bulk.getByRole('status')).toHaveText('Marked as read.');
  await expect(status(page).getByRole('checkbox', { name: /^Read\s*2$/ })).toBeVisible();
  await expect(bulk.getByRole('button', { name: 'Mark as unread' })).toBeVisible();

  await bulk.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(bulk.getByRole('status')).toHaveText('Marked as unread.');
  await expect(status(page).getByRole('checkbox', { name: /^Unread\s*5$/ })).toBeVisible();
  await status(page).getByRole('checkbox', { name: /^Read/ }).check();
  await expect(page.getByText('No articles match these filters.')).toBeVisible();
});

/** Counts the reader's saves of its position (data-reading-position turning to "saved"), so a test can wait for the
 * save that follows a scroll: the scroll's own check for the end ran before it, in the same handler. */
async function countSaves(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { offprintSaves: number };
    w.offprintSaves = 0;
    const reader = document.querySelector('main.reader')!;
    new MutationObserver(() => {
      if (reader.getAttribute('data-reading-position') === 'saved') w.offprintSaves += 1;
    }).observe(reader, { attributes: true, attributeFilter: ['data-reading-position'] });
  });
  return () => page.evaluate(() => (window as unknown as { offprintSaves: number }).offprintSaves);
}

test('marked unread at the end of an article, it stays unread while the reader scrolls there, and is read again on coming back to the end', async ({ launch }) => {
  const { page } = await launch({ viewport: { width: 1100, height: 600 } });
  await openArticle(page, SAMPLE_TITLE);
  const reader = page.locator('main.reader');
  const marker = page.getByTestId('read-marker');
  await expect(reader).toHaveAttribute('data-reading-position', 'restored');
  await expect(marker).toHaveCount(0);
  const saves = await countSaves(page);
  await page.keyboard.press('End');
  await expect(marker).toBeVisible();
  await expect.poll(saves).toBe(1);

  await chooseFromMore(page, 'Mark as unread');
  await expect(marker).toHaveCount(0);
  // A little up and back down: the end stays in view, so this is not coming to the end.
  await page.mouse.move(550, 300);
  await page.mouse.wheel(0, -60);
  await expect.poll(saves).toBe(2);
  await page.keyboard.press('End');
  await expect.poll(saves).toBe(3);
  await expect(marker).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Reader' }).getByRole('button', { name: 'Back to library' }).click();
  await expect(status(page).getByRole('checkbox', { name: /^Read\s*0$/ })).toBeVisible();

  // Away from the end and back to it: read again.
  await openArticle(page, SAMPLE_TITLE);
  await expect(reader).toHaveAttribute('data-reading-position', 'restored');
  const again = await countSaves(page);
  await page.keyboard.press('Home');
  await expect.poll(again).toBe(1);
  await expect(marker).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(marker).toBeVisible();
});
