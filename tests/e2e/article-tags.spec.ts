/**
 * Tags from inside an article (issue 14): Add tag suggests the library's tags as one types (CJK too), a chosen
 * suggestion shows in the header, on the library row and in the tag filter; the × removes a tag and Undo puts it
 * back. Long tags wrap and ellipsize within the header at 700 px, never widening the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle } from './support/reader';

const HANDBOOK = "A Reader's Handbook: Reading Well on Screens and Off Them";

const headerTags = (page: Page) => page.locator('article header').getByRole('list', { name: 'Tags' }).getByRole('listitem');
const addTagBox = (page: Page) => page.locator('article header').getByRole('combobox', { name: 'New tag' });
const suggestions = (page: Page) => page.locator('article header').getByRole('listbox', { name: 'Suggested tags' }).getByRole('option');
const tagFilter = (page: Page) => page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Tags' });
const row = (page: Page, title: string) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) });

test('add a tag by choosing a suggestion, see it in the library, remove it and undo', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, HANDBOOK);
  await expect(headerTags(page)).toHaveText(['reading', 'handbook', 'notes', 'attention', 'libraries']);

  await page.locator('article header').getByRole('button', { name: 'Add tag' }).click();
  await expect(addTagBox(page)).toBeFocused();
  // A prefix, case aside: the library's "offline reading" (on another article) is suggested; its own tags are not.
  await addTagBox(page).pressSequentially('OFF');
  await expect(suggestions(page)).toHaveText([/^offline reading/]);
  await addTagBox(page).press('ArrowDown');
  await expect(suggestions(page).first()).toHaveAttribute('aria-selected', 'true');
  // The open combo box is what axe expects of one (roles, names, the active option), in contrast too.
  const axe = await new AxeBuilder({ page }).include('article header').analyze();
  expect(axe.passes.length).toBeGreaterThan(10);
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await addTagBox(page).press('Enter');
  await expect(headerTags(page)).toHaveText(['reading', 'handbook', 'notes', 'attention', 'libraries', 'offline reading']);
  await expect(addTagBox(page)).toHaveValue('');

  // CJK: one character finds the Chinese article's tags; a click chooses.
  await addTagBox(page).pressSequentially('阅');
  await expect(suggestions(page)).toHaveText([/^阅读/, /^离线阅读/]);
  await suggestions(page).filter({ hasText: '离线阅读' }).click();
  await expect(headerTags(page).last()).toHaveText('离线阅读');
  await addTagBox(page).press('Escape');
  await expect(addTagBox(page)).toHaveCount(0);
  await expect(page.locator('article header').getByRole('button', { name: 'Add tag' })).toBeFocused();

  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(row(page, HANDBOOK).locator('.article-tag')).toHaveText(['reading', 'handbook', 'notes', 'attention', 'libraries', 'offline reading', '离线阅读']);
  await tagFilter(page).getByRole('checkbox', { name: 'offline reading 2' }).check();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: HANDBOOK, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();

  // Remove from inside the article, then Undo: the tag is back where it was.
  await openArticle(page, HANDBOOK);
  await page.locator('article header').getByRole('button', { name: 'Remove tag offline reading' }).click();
  await expect(headerTags(page)).toHaveText(['reading', 'handbook', 'notes', 'attention', 'libraries', '离线阅读']);
  await expect(page.locator('article header').getByRole('button', { name: 'Remove tag 离线阅读' })).toBeFocused();
  const status = page.locator('article header').getByRole('status');
  await expect(status).toHaveText('Removed the tag “offline reading”. Undo');
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(headerTags(page)).toHaveText(['reading', 'handbook', 'notes', 'attention', 'libraries', 'offline reading', '离线阅读']);
  await expect(status).toHaveText('');

  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(tagFilter(page).getByRole('checkbox', { name: 'offline reading 2' })).toBeVisible();
});

test('at 700 px, many and long tags wrap within the header; a long tag is cut with an ellipsis and a tooltip', async ({ launch }) => {
  const folder = mkdtempSync(join(tmpdir(), 'offprint-article-tags-'));
  const long = `${'a very long tag that goes on and on '.repeat(6)}end`.slice(0, 200);
  const tags = [long, ...Array.from({ length: 30 }, (_, i) => `topic ${i + 1}`)];
  try {
    writeFileSync(
      join(folder, 'tagged.md'),
      `---\ntitle: Many tags\ntags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]\n---\n\nThe harbour at dawn, and the boats that leave it.\n`,
    );
    const app = await launch({ viewport: { width: 700, height: 700 } });
    await app.openFiles([folder]);
    await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\b/);
    await openArticle(app.page, 'Many tags');
    await app.page.locator('article header').getByRole('button', { name: 'Add tag' }).click();
    await expect(headerTags(app.page)).toHaveCount(tags.length);

    const layout = await app.page.evaluate(() => {
      const header = document.querySelector('article header')!;
      const chips = [...header.querySelectorAll<HTMLElement>('.tag-chip')];
      const name = header.querySelector<HTMLElement>('.tag-chip-name')!;
      const right = header.getBoundingClientRect().right;
      return {
        page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        header: header.scrollWidth <= header.clientWidth,
        inside: chips.every((chip) => chip.getBoundingClientRect().right <= right + 0.5),
        rows: new Set(chips.map((chip) => Math.round(chip.getBoundingClientRect().top))).size,
        cut: name.scrollWidth > name.clientWidth && getComputedStyle(name).textOverflow === 'ellipsis',
        title: name.title,
      };
    });
    expect(layout).toMatchObject({ page: true, header: true, inside: true, cut: true, title: long });
    expect(layout.rows).toBeGreaterThan(2);
    // The long tag can still be removed by name.
    await expect(app.page.getByRole('button', { name: `Remove tag ${long}` })).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
