/**
 * The library list at size: virtualized (only the rows in view are in the page, each saying its place among
 * all), moved through with the keyboard, the row of the article one comes back from focused, and the order
 * chosen remembered on the next start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFixture, SAMPLES, writeFixture } from './support/library-fixture';
import { chooseOption } from './support/select';

const COUNT = 300;
const TOTAL = COUNT + SAMPLES;
let dir: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-library-list-'));
  writeFixture(dir, COUNT);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rows(page: Page) {
  return page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
}

function focusedRow(page: Page) {
  return page.locator('li.article-item:has(.article-title:focus)');
}

test('300 articles: only the rows in view are in the page, and each says its place', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);
  const inPage = await rows(page).count();
  expect(inPage).toBeGreaterThan(5);
  expect(inPage).toBeLessThan(60);
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(TOTAL));
  await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');

  // Keyboard: End goes to the last article, Home back to the first, the arrows one row at a time.
  await rows(page).first().getByRole('button').first().focus();
  await page.keyboard.press('End');
  await expect(focusedRow(page)).toHaveAttribute('aria-posinset', String(TOTAL));
  await expect(focusedRow(page)).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(focusedRow(page)).toHaveAttribute('aria-posinset', String(TOTAL - 1));
  await page.keyboard.press('Home');
  await expect(focusedRow(page)).toHaveAttribute('aria-posinset', '1');
  for (let i = 0; i < 40; i += 1) await page.keyboard.press('ArrowDown');
  await expect(focusedRow(page)).toHaveAttribute('aria-posinset', '41');
  await expect(focusedRow(page)).toBeInViewport();

  // Enter opens the article; coming back, its row (far down the list) has the focus again.
  const title = (await focusedRow(page).getByRole('button').first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(focusedRow(page)).toHaveAttribute('aria-posinset', '41');
  await expect(focusedRow(page).getByRole('button', { name: title })).toBeInViewport();
});

test('the order is chosen by field and direction and remembered on the next start', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);
  const sort = page.getByRole('group', { name: 'Sort' });
  await chooseOption(sort.getByRole('combobox', { name: 'Sort by' }), 'Title');
  await expect(sort.getByRole('combobox', { name: 'Order' })).toHaveText('A to Z');
  await expect(rows(page).first().getByRole('button').first()).toHaveText(/^A Reader's Handbook/);
  await chooseOption(sort.getByRole('combobox', { name: 'Order' }), 'Z to A');
  await expect(rows(page).first().getByRole('button').first()).toHaveText('在没有网络的地方读书');

  await chooseOption(sort.getByRole('combobox', { name: 'Sort by' }), 'Date published');
  await expect(sort.getByRole('combobox', { name: 'Order' })).toHaveText('Newest first');
  await chooseOption(sort.getByRole('combobox', { name: 'Order' }), 'Oldest first');
  // The samples were published before 2020, the fixture articles from 2020 on.
  await expect(rows(page).first().locator('time')).toHaveAttribute('datetime', /^(19\d\d|20[01]\d)-/);
  await app.close();

  const again = await launch();
  const sortAgain = again.page.getByRole('group', { name: 'Sort' });
  await expect(sortAgain.getByRole('combobox', { name: 'Sort by' })).toHaveText('Date published');
  await expect(sortAgain.getByRole('combobox', { name: 'Order' })).toHaveText('Oldest first');
});
