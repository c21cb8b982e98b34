/**
 * Searching the library from the search box: English, Chinese of one and two characters, prefixes, author
 * filters, matches marked in snippets; the index follows deletes and notes, and is stored, so that the next start
 * uses it without rebuilding.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle, chooseFromMore } from './support/reader';

const ZH_TITLE = '在没有网络的地方读书';

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Search library' });
}

function results(page: Page) {
  return page.getByRole('list', { name: 'Search results' });
}

/** The titles of the results, best first. */
function resultTitles(page: Page) {
  return results(page).getByRole('button');
}

async function addNote(page: Page, text: string): Promise<void> {
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('textbox', { name: 'New note' }).fill(text);
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
}

test('search as you type: English, Chinese, prefixes, author filters, matches marked; Escape clears', async ({ launch }) => {
  const { page } = await launch();
  const box = searchBox(page);

  await box.fill('INTERPOL');
  await expect(resultTitles(page)).toHaveText([SAMPLE_TITLE]);
  await expect(page.getByText('1 result', { exact: true })).toBeVisible();
  await expect(results(page).locator('mark').first()).toHaveText(/^interpol$/i);

  await box.fill('读书');
  await expect(resultTitles(page)).toHaveText([ZH_TITLE]);
  await box.fill('图书馆');
  await expect(resultTitles(page)).toHaveText([ZH_TITLE]);
  await expect(results(page).locator('mark').first()).toHaveText('图书馆');
  await box.fill('蝉');
  await expect(resultTitles(page)).toHaveText([ZH_TITLE]);
  await expect(results(page).locator('mark').first()).toHaveText('蝉');

  await box.fill('author:团队');
  await expect(resultTitles(page)).toHaveText([ZH_TITLE]);
  await box.fill('author:"Offprint Team"');
  await expect(resultTitles(page)).toHaveCount(3);
  await expect(resultTitles(page).filter({ hasText: ZH_TITLE })).toHaveCount(0);

  await box.fill('secur');
  await expect(resultTitles(page)).toHaveText([SAMPLE_TITLE]);
  await expect(results(page).locator('mark').first()).toHaveText(/^security$/i);

  await box.fill('"rule of law" police');
  await expect(resultTitles(page)).toHaveText([SAMPLE_TITLE]);
  await box.fill('"law of rule"');
  await expect(page.getByText('No results', { exact: true })).toBeVisible();
  await expect(results(page)).toHaveCount(0);

  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);

  await box.fill('INTERPOL');
  await resultTitles(page).getByText(SAMPLE_TITLE).click();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
});

test('the index follows notes and deletes', async ({ launch }) => {
  const { page } = await launch();
  await openArticle(page, SAMPLE_TITLE);
  await addNote(page, 'Compare with the quaggafold report.');
  await page.getByRole('button', { name: 'Back to library' }).click();

  await searchBox(page).fill('quaggafold');
  await expect(resultTitles(page)).toHaveText([SAMPLE_TITLE]);
  await expect(results(page).locator('mark')).toHaveText(['quaggafold']);

  await resultTitles(page).getByText(SAMPLE_TITLE).click();
  await chooseFromMore(page, 'Delete article');
  await expect(page.getByRole('status', { name: 'Deleted article' })).toBeVisible();
  // Back in the library, the search is still there, and finds nothing of the deleted article.
  await expect(searchBox(page)).toHaveValue('quaggafold');
  await expect(page.getByText('No results', { exact: true })).toBeVisible();
  await searchBox(page).fill('INTERPOL');
  await expect(page.getByText('No results', { exact: true })).toBeVisible();
  await searchBox(page).fill('读书');
  await expect(resultTitles(page)).toHaveText([ZH_TITLE]);
});

test('the index is stored: after a restart, search works without rebuilding', async ({ launch }) => {
  const first = await launch();
  await expect(first.page.locator('body')).toHaveAttribute('data-search-index', 'rebuilt');
  await openArticle(first.page, ZH_TITLE);
  await addNote(first.page, 'Ask the librarian about the zorbleton shelf.');
  await first.page.getByRole('button', { name: 'Back to library' }).click();
  await searchBox(first.page).fill('zorbleton');
  await expect(resultTitles(first.page)).toHaveText([ZH_TITLE]);
  await expect(first.page.locator('body')).toHaveAttribute('data-search-index-saved', 'true');
  await first.close();

  const second = await launch();
  await expect(second.page.locator('body')).toHaveAttribute('data-search-index', 'loaded');
  await searchBox(second.page).fill('zorbleton');
  await expect(resultTitles(second.page)).toHaveText([ZH_TITLE]);
  await searchBox(second.page).fill('INTERPOL');
  await expect(resultTitles(second.page)).toHaveText([SAMPLE_TITLE]);
  await expect(second.page.locator('body')).toHaveAttribute('data-search-index', 'loaded');
});

test('keyboard: / and Ctrl+K (Ctrl+F in the library) focus the search box; ↓ goes into the results and the list', async ({ launch }) => {
  const { page } = await launch();
  const box = searchBox(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await box.fill('reading');
  await expect(resultTitles(page).first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(resultTitles(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('Escape');
  await box.press('ArrowDown');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first().locator('.article-title')).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+f');
  await expect(box).toBeFocused();
});

test('a misspelt word is corrected: the results say what was searched, and the match is marked', async ({ launch }) => {
  const { page } = await launch();
  await searchBox(page).fill('securty governance');
  await expect(page.getByText('Showing results for security governance')).toBeVisible();
  await expect(resultTitles(page).first()).toHaveText(SAMPLE_TITLE);
  await expect(results(page).locator('mark').first()).toBeVisible();
  // A query whose words all match as typed is never "corrected".
  await searchBox(page).fill('security governance');
  await expect(resultTitles(page).first()).toHaveText(SAMPLE_TITLE);
  await expect(page.getByText(/Showing results for/)).toHaveCount(0);
});
