/**
 * The interface holds up under a hostile library (issue 14): titles, authors, sources and tags of 200
 * characters, 300 tags, 50 collections with long (Arabic, Chinese, Latin) names, RTL and CJK titles. At 700×700,
 * 1280×800 and 1920×1080, light and dark:
 * - nothing is wider than its box (scrollWidth <= clientWidth): the page, the sidebar (open over the list at
 *   700 px), the list and its filters, the Tags and Collections dialogs, the reader with its header and tags;
 * - no text is cut without an ellipsis and a tooltip naming the whole text (support/layout-checks.ts);
 * - the library header is two rows at 700 px (the title and its toolbar of icon buttons, then the search box) and one
 *   from 1280 px, its height at most that many toolbar rows; the header's buttons share one row; a selection's
 *   reading states are one row, each with its icon and tooltip; a row keeps its date whatever its tags, and the reader's bar is
 *   one row, with the side panel closed and open.
 * With OFFPRINT_SHOTS=/some/dir, a screenshot of each view at each size is saved there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFixture } from './support/library-fixture';
import { HOSTILE_COLLECTIONS, HOSTILE_COUNT, HOSTILE_LONG_TITLE, HOSTILE_TAGS, hostileCollectionNames, writeHostileLibrary } from './support/hostile-library';
import { clippedTexts, sidewaysOverflow } from './support/layout-checks';
import { openArticle } from './support/reader';
import { openList } from './support/select';

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-library-layout-'));
  writeHostileLibrary(dir);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SIZES = [
  { width: 700, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

async function shot(page: Page, name: string): Promise<void> {
  const out = process.env['OFFPRINT_SHOTS'];
  if (out) await page.screenshot({ path: join(out, `${name}.png`) });
}

/** Every selector's element (that is in the page) fits its box, and no text in it is cut without an ellipsis and a tooltip. */
async function expectFits(page: Page, where: string, selectors: string[]): Promise<void> {
  for (const selector of selectors) {
    const found = page.locator(selector);
    if ((await found.count()) === 0 || !(await found.first().isVisible())) continue;
    expect(await sidewaysOverflow(page, selector), `${selector} ${where}: pixels wider than its box`).toBeLessThanOrEqual(0);
  }
  expect(await clippedTexts(page, selectors.join(', ')), `texts cut ${where}`).toEqual([]);
}

/** The tops of the bar's direct children, rounded: one value when the bar is one row. */
function barRows(page: Page): Promise<number> {
  return page.locator('.reader-bar').evaluate((bar) => {
    const centres = [...bar.children].map((c) => {
      const r = c.getBoundingClientRect();
      return Math.round((r.top + r.height / 2) / 8);
    });
    return new Set(centres).size;
  });
}

/** The library header's rows (its parts whose middles are more than 12 px apart), its content's height and its toolbar's. */
function headerRows(page: Page): Promise<{ rows: number; height: number; toolbar: number; gap: number }> {
  return page.locator('.library-header').evaluate((header) => {
    const style = getComputedStyle(header);
    const middles = [...header.children].map((c) => (c.getBoundingClientRect().top + c.getBoundingClientRect().bottom) / 2).sort((a, b) => a - b);
    const rows = middles.filter((middle, i) => i === 0 || middle - middles[i - 1]! > 12).length;
    const height = header.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const toolbar = header.querySelector('.library-actions')!.getBoundingClientRect().height;
    return { rows, height, toolbar, gap: parseFloat(style.rowGap) };
  });
}

async function makeCollections(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Collections…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Collections' });
  const name = dialog.getByRole('textbox', { name: 'New collection name' });
  for (const collection of hostileCollectionNames()) {
    await name.fill(collection);
    await name.press('Enter');
    await expect(name).toHaveValue('');
  }
  await expect(dialog.getByRole('list', { name: 'Collections' }).getByRole('listitem')).toHaveCount(HOSTILE_COLLECTIONS);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a hostile library fits at 700, 1280 and 1920 px, nothing cut without an ellipsis and a tooltip (${scheme})`, async ({ launch }) => {
    const app = await launch({ viewport: SIZES[0]! });
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await importFixture(app, dir, HOSTILE_COUNT);
    await makeCollections(page);
    const sidebar = page.getByRole('navigation', { name: 'Library navigation' });
    const toggle = page.getByRole('button', { name: 'Sidebar' });
    let tags: number;

    for (const size of SIZES) {
      const at = `at ${size.width} px (${scheme})`;
      await page.setViewportSize(size);
      await expect.poll(() => sidewaysOverflow(page), `the library ${at}`).toBeLessThanOrEqual(0);
      // Below 900 px the sidebar opens over the list, from the toggle; wider, it shows by itself. The toggle's state
      // is waited for first: clicking it before the app has seen the new width would fold the wide sidebar.
      if (size.width < 900) {
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await toggle.click();
      }
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(sidebar.getByRole('button', { name: /^Collection 0 of long reads/ })).toBeVisible();
      await expect(sidebar.getByRole('region', { name: 'Collections' }).getByRole('button')).toHaveCount(HOSTILE_COLLECTIONS);
      // The sample library's few tags beside the hostile library's.
      await expect.poll(() => sidebar.getByRole('region', { name: 'Tags' }).getByRole('button').count()).toBeGreaterThan(HOSTILE_TAGS);
      tags = await sidebar.getByRole('region', { name: 'Tags' }).getByRole('button').count();
      await shot(page, `hostile-library-${size.width}-${scheme}`);
      // Folded below 900 px: unfolded here, so that what it holds is checked too (by an event: the sidebar is open
      // over it at this size).
      const fold = page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Filters', exact: true });
      if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.dispatchEvent('click');
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expectFits(page, at, [':root', 'nav.sidebar', '.library-header', '.library-body', '.filter-panel', '.library-main', '.article-list']);
      // The sidebar open over the list closes with Escape.
      if (await page.locator('.sidebar.overlay').isVisible()) {
        await sidebar.getByRole('button').first().focus();
        await page.keyboard.press('Escape');
        await expect(sidebar).toBeHidden();
        await shot(page, `hostile-library-${size.width}-closed-${scheme}`);
      }

      // The header's buttons never wrap one at a time: they share one row (beside the title, or under it).
      const boxes = await page.locator('.library-actions button').evaluateAll((buttons) =>
        buttons.map((b) => ({ top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom })),
      );
      expect(boxes.length, 'the header buttons').toBeGreaterThanOrEqual(3);
      expect(Math.max(...boxes.map((b) => b.top)), `the header buttons ${at}`).toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));
      const header = await headerRows(page);
      const rows = size.width < 1280 ? 2 : 1;
      expect(header.rows, `the library header's rows ${at}`).toBe(rows);
      expect(header.height, `the library header's height ${at}`).toBeLessThanOrEqual(rows * header.toolbar + (rows - 1) * header.gap + 1);

      // A selection's reading states: one row, each with its icon and its name as its tooltip; the bar fits.
      await page.locator('ul.article-list').getByRole('checkbox').first().check();
      const bulk = page.getByRole('group', { name: 'Selected articles' });
      for (const name of ['Mark as read', 'Favourite', 'Archive']) {
        const button = bulk.getByRole('button', { name, exact: true });
        await expect(button.locator('svg'), `${name}'s icon ${at}`).toHaveCount(1);
        await expect(button).toHaveAttribute('title', name);
      }
      const states = await page.locator('.bulk-states > *').evaluateAll((parts) => parts.map((p) => p.getBoundingClientRect().top));
      expect(Math.max(...states) - Math.min(...states), `the reading states' row ${at}`).toBeLessThan(4);
      await expectFits(page, `in the bulk bar ${at}`, ['.bulk-actions']);
      await page.getByRole('button', { name: 'Clear selection' }).click();

      // A row keeps its date visible whatever its tags, then as many tags as fit (the first at least, cut), then "+N".
      const row = page.locator('ul.article-list').getByRole('listitem').first();
      const [rowBox, dateBox] = [await row.boundingBox(), await row.locator('time').boundingBox()];
      expect(dateBox!.x + dateBox!.width, `the date ${at}`).toBeLessThanOrEqual(rowBox!.x + rowBox!.width);
      const tagBox = (await row.locator('.article-tag').first().boundingBox())!;
      expect(tagBox.width, `the first tag ${at}`).toBeGreaterThan(40);
      expect(tagBox.x + tagBox.width, `the first tag ${at}`).toBeLessThanOrEqual(rowBox!.x + rowBox!.width);
      const more = row.locator('.article-tags-more');
      await expect(more, `the tags that do not fit ${at}`).toHaveText(/^\+\d+$/);
      await expect(more).toHaveAttribute('title', /^More tags: .*topic-\d+-\d+$/);

      for (const [button, name] of [['Tags…', 'Tags'], ['Collections…', 'Collections']] as const) {
        await page.getByRole('button', { name: button }).click();
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog.getByRole('list', { name }).getByRole('listitem')).toHaveCount(name === 'Tags' ? tags : HOSTILE_COLLECTIONS);
        if (name === 'Tags') {
          // A 200-character tag chosen to merge: its open list stays in the window, each tag cut with an ellipsis and
          // whole in its tooltip; chosen, its drop-down stays in the dialog, the whole name in its tooltip.
          const from = dialog.getByRole('combobox', { name: 'Merge' });
          await from.click();
          const list = openList(from);
          const longTag = (await list.getByRole('option').nth(2).textContent())!;
          expect(longTag.length).toBeGreaterThan(150);
          const listBox = (await list.boundingBox())!;
          expect(listBox.x, `the open list ${at}`).toBeGreaterThanOrEqual(0);
          expect(listBox.x + listBox.width, `the open list ${at}`).toBeLessThanOrEqual(size.width);
          await shot(page, `hostile-merge-list-${size.width}-${scheme}`);
          await expectFits(page, `in the open Merge list ${at}`, [':root', '.select-content']);
          await list.getByRole('option', { name: longTag, exact: true }).click();
          await expect(list).toHaveCount(0);
          await expect(from).toHaveAttribute('title', longTag);
        }
        await shot(page, `hostile-${name.toLowerCase()}-${size.width}-${scheme}`);
        await expectFits(page, `in the ${name} dialog ${at}`, [':root', 'dialog.manage-dialog']);
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect(dialog).toHaveCount(0);
      }
    }

    await openArticle(page, HOSTILE_LONG_TITLE);
    const bar = page.getByRole('navigation', { name: 'Reader' });
    const panel = bar.getByRole('button', { name: 'Highlights and notes' });
    for (const size of SIZES) {
      const at = `at ${size.width} px (${scheme})`;
      await page.setViewportSize(size);
      for (const open of [false, true]) {
        if ((await panel.getAttribute('aria-pressed')) !== String(open)) await panel.click();
        await expect(page.getByRole('complementary', { name: 'Highlights and notes' })).toHaveCount(open ? 1 : 0);
        await expect.poll(() => sidewaysOverflow(page), `the reader ${at}`).toBeLessThanOrEqual(0);
        expect(await barRows(page), `the reader's bar rows ${at}, the side panel ${open ? 'open' : 'closed'}`).toBe(1);
        await shot(page, `hostile-reader-${size.width}-${open ? 'panel-' : ''}${scheme}`);
        await expectFits(page, `in the reader ${at}`, [':root', 'main.reader', '.reader-bar', '.article-header', '.reader-tags', '.annotations-panel']);
      }
    }
  });
}
