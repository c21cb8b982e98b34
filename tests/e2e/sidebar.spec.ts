/**
 * The library's sidebar (issue 14): a navigation landmark whose tags and collections filter the list (the same
 * filters as the filter panel, the chosen entry current); 300 tags scroll inside it, not the page; below 900 px it
 * hides behind the toolbar's toggle and opens over the list; collapsed by hand it stays collapsed after a
 * restart; F6 and Shift+F6 go round the sidebar, the list and the open article; one Tab stop, arrows within.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createFilledCollection } from './support/collections';
import { expectRowTitles, importFixture, SAMPLES, writeFixture } from './support/library-fixture';
import { HOSTILE_COUNT, writeHostileLibrary } from './support/hostile-library';
import { storedSetting } from './support/stored-setting';

const COUNT = 6;
const TOTAL = COUNT + SAMPLES;
let dir: string;
let hostile: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-sidebar-'));
  writeFixture(dir, COUNT);
  hostile = mkdtempSync(join(tmpdir(), 'offprint-sidebar-hostile-'));
  writeHostileLibrary(hostile);
});
test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(hostile, { recursive: true, force: true });
});

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Library navigation' });
const entry = (page: Page, name: string) => sidebar(page).getByRole('button', { name, exact: true });
const toggle = (page: Page) => page.getByRole('button', { name: 'Sidebar' });
const shown = (page: Page, n: number) => page.getByText(`${n} of ${TOTAL} articles`, { exact: true });
const focusedIn = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

test('a tag or a collection in the sidebar filters the list, the same filters as the panel', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);
  await expect(sidebar(page).getByRole('heading')).toHaveText(['Library', 'Collections', 'Tags']);
  await expect(entry(page, `All articles ${TOTAL}`)).toHaveAttribute('aria-current', 'true');

  // Fixture: "essays" on articles 0, 2 and 4.
  await entry(page, 'essays 3').click();
  await expect(shown(page, 3)).toBeVisible();
  await expectRowTitles(page, ['Fixture essay 000', 'Fixture essay 002', 'Fixture essay 004']);
  await expect(entry(page, 'essays 3')).toHaveAttribute('aria-current', 'true');
  await expect(entry(page, `All articles ${TOTAL}`)).not.toHaveAttribute('aria-current');
  const tags = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Tags' });
  await expect(tags.getByRole('checkbox', { name: /^essays/ })).toBeChecked();
  // Unticked in the panel: the sidebar follows (All is current again).
  await tags.getByRole('checkbox', { name: /^essays/ }).uncheck();
  await expect(entry(page, `All articles ${TOTAL}`)).toHaveAttribute('aria-current', 'true');

  // A collection of two articles, then chosen in the sidebar.
  await createFilledCollection(page, 'Winter reading', ['Fixture essay 001', 'Fixture essay 003']);
  await entry(page, 'Winter reading 2').click();
  await expect(shown(page, 2)).toBeVisible();
  await expectRowTitles(page, ['Fixture essay 001', 'Fixture essay 003']);
  await entry(page, `All articles ${TOTAL}`).click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(TOTAL);
});

test('300 tags scroll inside the sidebar; long names are cut with a tooltip; no sideways overflow', async ({ launch }) => {
  const app = await launch({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  await importFixture(app, hostile, HOSTILE_COUNT);
  const nav = sidebar(page);
  await expect(nav.locator('.sidebar-entry[title="topic-7-39"]')).toHaveCount(1);
  expect(await nav.getByRole('list').last().getByRole('listitem').count()).toBeGreaterThanOrEqual(300);
  const box = await nav.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, wide: el.scrollWidth - el.clientWidth }));
  expect(box.scroll).toBeGreaterThan(box.client);
  expect(box.wide).toBeLessThanOrEqual(0);
  expect(await nav.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(800);
  const longTag = nav.locator('.sidebar-entry[title^="tag number 0"]');
  expect((await longTag.getAttribute('title'))!.length).toBeGreaterThan(100);
  const name = longTag.locator('.sidebar-name');
  expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis')).toBe(true);
  for (const width of [700, 1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBeLessThanOrEqual(0);
  }
});

test('below 900 px the sidebar hides behind the toggle and opens over the list; collapsed by hand it stays so', async ({ launch }) => {
  let app = await launch({ viewport: { width: 700, height: 700 } });
  let page = app.page;
  await importFixture(app, dir, COUNT);
  await expect(sidebar(page)).toBeHidden();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await toggle(page).click();
  await expect(sidebar(page)).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // Choosing an entry filters and closes it; Escape closes it too, the focus back on the toggle.
  await entry(page, 'essays 3').click();
  await expect(shown(page, 3)).toBeVisible();
  await expect(sidebar(page)).toBeHidden();
  await toggle(page).click();
  await entry(page, 'essays 3').focus();
  await page.keyboard.press('Escape');
  await expect(sidebar(page)).toBeHidden();
  await expect(toggle(page)).toBeFocused();

  // Wide: shown; collapsed by hand, and still collapsed after a restart.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(sidebar(page)).toBeVisible();
  await toggle(page).click();
  await expect(sidebar(page)).toBeHidden();
  await expect.poll(() => storedSetting(page, 'library.sidebarCollapsed')).toBe(true);
  await app.close();
  app = await launch({ viewport: { width: 1280, height: 800 } });
  page = app.page;
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar(page)).toBeHidden();
  await toggle(page).click();
  await expect(sidebar(page)).toBeVisible();
});

test('the filter panel folds to its heading: folded below 900 px so the list shows first, open when wide, folded by hand it stays so', async ({ launch }) => {
  let app = await launch({ viewport: { width: 700, height: 700 } });
  let page = app.page;
  await importFixture(app, dir, COUNT);
  const filters = (p: typeof page) => p.getByRole('complementary', { name: 'Filters' });
  const fold = (p: typeof page) => filters(p).getByRole('button', { name: 'Filters', exact: true });
  await expect(fold(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(filters(page).getByRole('checkbox')).toHaveCount(0);
  // The list's first row is in the first screen, not under the filters.
  const first = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first();
  expect((await first.boundingBox())!.y + 40).toBeLessThan(700);
  await fold(page).click();
  await filters(page).getByRole('group', { name: 'Tags' }).getByRole('checkbox', { name: /^essays/ }).check();
  await expect(shown(page, 3)).toBeVisible();
  await fold(page).click();
  await expect(fold(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(filters(page)).toContainText('1 filter on');

  // Wide: open; folded by hand, and still folded after a restart.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(fold(page)).toHaveAttribute('aria-expanded', 'true');
  await fold(page).click();
  await expect(filters(page).getByRole('checkbox')).toHaveCount(0);
  await expect.poll(() => storedSetting(page, 'library.filtersFolded')).toBe(true);
  await app.close();
  app = await launch({ viewport: { width: 1280, height: 800 } });
  page = app.page;
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  await expect(fold(page)).toHaveAttribute('aria-expanded', 'false');
  await fold(page).click();
  await expect(filters(page).getByRole('group', { name: 'Status' })).toBeVisible();
});

test('F6 goes round the sidebar and the list (and the article when open); the sidebar is one Tab stop', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);
  await page.getByRole('searchbox', { name: 'Search library' }).focus();
  await page.keyboard.press('F6');
  await expect(entry(page, `All articles ${TOTAL}`)).toBeFocused();
  // Arrow keys move within; Tab leaves the sidebar at once (one Tab stop).
  await page.keyboard.press('ArrowDown');
  await expect(entry(page, `Unread ${TOTAL}`)).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusedIn(page, 'nav.sidebar')).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(entry(page, `Unread ${TOTAL}`)).toBeFocused();

  await page.keyboard.press('F6');
  await expect(page.getByRole('list', { name: 'Articles' }).locator('.article-title').first()).toBeFocused();
  await page.keyboard.press('F6');
  await expect(entry(page, `Unread ${TOTAL}`)).toBeFocused();
  await page.keyboard.press('Shift+F6');
  expect(await focusedIn(page, '.library-main')).toBe(true);

  // In an open article, F6 brings the focus into the reader.
  await page.getByRole('list', { name: 'Articles' }).locator('.article-title').first().press('Enter');
  await expect(page.locator('main.reader')).toBeVisible();
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('F6');
  expect(await focusedIn(page, 'main.reader')).toBe(true);
});
