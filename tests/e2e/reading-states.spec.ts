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
