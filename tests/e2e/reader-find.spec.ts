/**
 * Find in article: Ctrl+F (or the menu) opens a find bar; matches are painted with CSS highlights without
 * touching the article's DOM; Enter / Shift+Enter / F3 and the buttons step through them, bringing each into view;
 * case and accents are folded, Chinese works; Escape closes the bar and stays in the article.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';
import { FIXTURE_TITLES, importReaderFixtures } from './support/reader-fixtures';

const LONG_TITLE = "A Reader's Handbook: Reading Well on Screens and Off Them";
const ZH_TITLE = '在没有网络的地方读书';
const viewport = { width: 1000, height: 700 };

const findBar = (page: Page) => page.getByRole('search', { name: 'Find in article' });
const findBox = (page: Page) => findBar(page).getByRole('textbox', { name: 'Find in article' });
const matchStatus = (page: Page) => findBar(page).getByRole('status', { name: 'Matches' });

/** How many ranges each find highlight holds, and the current match's text and place in the window. */
async function painted(page: Page) {
  return page.evaluate(() => {
    const all = CSS.highlights.get('offprint-find');
    const current = CSS.highlights.get('offprint-find-current');
    const range = current ? ([...current][0] as Range | undefined) : undefined;
    const rect = range?.getBoundingClientRect();
    const bar = document.querySelector('.reader-bar')!.getBoundingClientRect();
    return {
      all: all?.size ?? 0,
      current: current?.size ?? 0,
      text: range?.toString() ?? '',
      inView: rect ? rect.top >= bar.bottom && rect.bottom <= window.innerHeight : false,
    };
  });
}

async function openShown(page: Page, title: string): Promise<void> {
  await openArticle(page, title);
  await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
}

test('Ctrl+F finds every match, steps through them into view, and Escape only closes the bar', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openShown(page, LONG_TITLE);
  const before = await articleBody(page).innerHTML();

  await page.keyboard.press('Control+f');
  await expect(findBox(page)).toBeFocused();
  await page.keyboard.type('LIBRARY');
  await expect(matchStatus(page)).toHaveText(/^1 of \d+$/);
  const total = Number((await matchStatus(page).textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  await expect.poll(async () => (await painted(page)).all).toBe(total);
  expect((await painted(page)).text.toLowerCase()).toBe('library');

  // Step to a match far down the article: it is scrolled into view below the reader bar.
  for (let i = 1; i < total; i++) await page.keyboard.press('Enter');
  await expect(matchStatus(page)).toHaveText(`${total} of ${total}`);
  await expect.poll(async () => (await painted(page)).inView).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await page.keyboard.press('Enter');
  await expect(matchStatus(page)).toHaveText(`1 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await expect(matchStatus(page)).toHaveText(`${total} of ${total}`);
  await page.keyboard.press('F3');
  await expect(matchStatus(page)).toHaveText(`1 of ${total}`);
  await findBar(page).getByRole('button', { name: 'Next match' }).click();
  await expect(matchStatus(page)).toHaveText(`2 of ${total}`);
  await findBar(page).getByRole('button', { name: 'Previous match' }).click();
  await expect(matchStatus(page)).toHaveText(`1 of ${total}`);
  await expect.poll(async () => (await painted(page)).inView).toBe(true);

  // The article's own DOM was never touched: the matches are only painted.
  expect(await articleBody(page).innerHTML()).toBe(before);

  // A letter typed in the box is text, not a shortcut (J would open the next article).
  await findBox(page).fill('');
  await findBox(page).press('j');
  await expect(findBox(page)).toHaveValue('j');
  await findBox(page).fill('no such words anywhere');
  await expect(matchStatus(page)).toHaveText('No matches');
  expect((await painted(page)).all).toBe(0);

  await page.keyboard.press('Escape');
  await expect(findBar(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();
  expect((await painted(page)).all).toBe(0);
  // A second Escape, outside the bar, goes back to the library as before.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});

test('the menu opens the find bar; case and accents are folded; Chinese is found without spaces', async ({ launch }) => {
  const app = await launch({ viewport });
  await importReaderFixtures(app, ['cafe']);
  const { page } = app;
  await openShown(page, FIXTURE_TITLES.cafe);
  await app.emit('menu:command', 'find');
  await expect(findBox(page)).toBeFocused();
  await findBox(page).fill('cafe');
  // Café (title), café, CAFE, cafe, Cafe: the header's title counts too.
  await expect(matchStatus(page)).toHaveText('1 of 5');
  await findBox(page).fill('CRÈME');
  await expect(matchStatus(page)).toHaveText('1 of 1');
  await findBox(page).fill('strasse');
  await expect(matchStatus(page)).toHaveText('1 of 1');
  expect((await painted(page)).text).toBe('Straße');
  await findBox(page).fill('naive');
  await expect(matchStatus(page)).toHaveText('1 of 1');
  await findBar(page).getByRole('button', { name: 'Close find bar' }).click();
  await expect(findBar(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await openShown(page, ZH_TITLE);
  await page.keyboard.press('Control+f');
  await expect(findBox(page)).toBeFocused();
  await page.keyboard.type('图书馆');
  await expect(matchStatus(page)).toHaveText(/^1 of \d+$/);
  expect((await painted(page)).text).toBe('图书馆');
});
