/**
 * Organising the library through the UI: tags added to and removed from a selection, renamed and merged in the
 * Tags dialog (search follows each change), collections created, filled in bulk, filtered by, renamed and
 * deleted (asked first, naming the count), and a bulk delete undone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectRowTitles, importFixture, SAMPLES, writeFixture } from './support/library-fixture';
import { chooseOption } from './support/select';

const COUNT = 12;
const TOTAL = COUNT + SAMPLES;
let dir: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-library-organise-'));
  writeFixture(dir, COUNT);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const group = (page: Page, name: string) => page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name });
const rows = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
const bulk = (page: Page) => page.getByRole('group', { name: 'Selected articles' });
const searchTitles = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('button');

async function select(page: Page, titles: string[]): Promise<void> {
  for (const title of titles) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
}

/** Searches, and checks which articles are found (in any order: ranking is the search's business). */
async function searchFor(page: Page, query: string, titles: string[]): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search library' });
  await box.fill(query);
  if (titles.length === 0) await expect(page.getByText('No results', { exact: true })).toBeVisible();
  else {
    await expect(searchTitles(page)).toHaveCount(titles.length);
    expect((await searchTitles(page).allTextContents()).sort()).toEqual([...titles].sort());
  }
  await box.press('Escape');
}

const PICKED = ['Fixture essay 001', 'Fixture essay 003', 'Fixture essay 007'];

test('tags: add and remove on a selection, rename and merge; search follows', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);

  await select(page, PICKED);
  await bulk(page).getByRole('textbox', { name: 'Tag name' }).fill('  shortlist ');
  await bulk(page).getByRole('textbox', { name: 'Tag name' }).press('Enter');
  await expect(bulk(page).getByRole('status')).toHaveText('Tagged 3 articles “shortlist”.');
  await group(page, 'Tags').getByRole('checkbox', { name: 'shortlist 3' }).check();
  await expectRowTitles(page, PICKED);
  await expect(rows(page).first().locator('.article-tag')).toHaveText(['shortlist']);
  await searchFor(page, 'tag:shortlist', PICKED);
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();

  // An empty name is refused with a reason.
  await bulk(page).getByRole('textbox', { name: 'Tag name' }).fill('   ');
  await bulk(page).getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('alert')).toContainText('A tag needs a name.');

  // Remove from one article of the selection.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await select(page, ['Fixture essay 003']);
  // What was done to another selection is not said of this one (no stale status line).
  await expect(bulk(page).locator('.bulk-done')).toHaveText('');
  await bulk(page).getByRole('textbox', { name: 'Tag name' }).fill('shortlist');
  await bulk(page).getByRole('button', { name: 'Remove tag' }).click();
  await expect(bulk(page).getByRole('status')).toHaveText('Removed the tag “shortlist” from 1 article.');
  await expect(group(page, 'Tags').getByRole('checkbox', { name: 'shortlist 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();

  // Rename, then merge into "history" (fixture articles 0, 5 and 10 have it; the sample page's keyword "history"
  // is a keyword, not a tag).
  await expect(group(page, 'Tags').getByRole('checkbox', { name: 'history 3' })).toBeVisible();
  await page.getByRole('button', { name: 'Tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  await dialog.getByRole('button', { name: 'Rename tag shortlist' }).click();
  await dialog.getByRole('textbox', { name: 'New name for shortlist' }).fill('reread');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'reread' })).toContainText('2');
  // Nothing is pre-filled: Merge tags waits for both tags, then asks, naming the counts.
  await expect(dialog.getByRole('combobox', { name: 'Merge' })).toHaveText('Choose a tag…');
  await expect(dialog.getByRole('combobox', { name: 'into' })).toHaveText('Choose a tag…');
  await expect(dialog.getByRole('button', { name: 'Merge tags' })).toBeDisabled();
  await chooseOption(dialog.getByRole('combobox', { name: 'Merge' }), 'reread');
  await chooseOption(dialog.getByRole('combobox', { name: 'into' }), 'history');
  await dialog.getByRole('button', { name: 'Merge tags' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Merge “reread” \(2 articles\) into “history” \(3 articles\)\?/);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'reread' })).toHaveCount(1);
  await dialog.getByRole('alert').getByRole('button', { name: 'Merge tags' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'reread' })).toHaveCount(0);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'history' })).toContainText('5');
  await expect(dialog.getByRole('status')).toContainText('Merged “reread” into “history” on 2 articles.');

  // Delete asks first (Cancel keeps the tag), then offers Undo, which puts the tag back on its articles.
  await dialog.getByRole('button', { name: 'Delete tag history' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Remove the tag “history” from 5 articles? The articles stay.');
  await dialog.getByRole('alert').getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'history' })).toContainText('5');
  await dialog.getByRole('button', { name: 'Delete tag history' }).click();
  await dialog.getByRole('alert').getByRole('button', { name: 'Delete tag' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'history' })).toHaveCount(0);
  await dialog.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'history' })).toContainText('5');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(group(page, 'Tags').getByRole('checkbox', { name: 'history 5' })).toBeVisible();
  await searchFor(page, 'tag:reread', []);
  await page.getByRole('searchbox', { name: 'Search library' }).fill('tag:history');
  await expect(searchTitles(page)).toHaveCount(5);
  await expect(searchTitles(page).filter({ hasText: /^Fixture essay 00[17]$/ })).toHaveCount(2);
});

test('collections: create, fill a selection, filter, rename, delete', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);

  await page.getByRole('button', { name: 'Collections…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Collections' });
  await dialog.getByRole('textbox', { name: 'New collection name' }).fill('Winter reading');
  await dialog.getByRole('button', { name: 'Create collection' }).click();
  await expect(dialog.getByRole('list', { name: 'Collections' }).getByRole('listitem')).toHaveText([/Winter reading\s*0/]);
  await dialog.getByRole('textbox', { name: 'New collection name' }).fill('winter READING');
  await dialog.getByRole('button', { name: 'Create collection' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('There is already a collection called “Winter reading”.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await select(page, PICKED);
  await chooseOption(bulk(page).getByRole('combobox', { name: 'Collection' }), 'Winter reading');
  await bulk(page).getByRole('button', { name: 'Add to collection' }).click();
  await expect(bulk(page).getByRole('status')).toHaveText('Added 3 articles to “Winter reading”.');
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await group(page, 'Collections').getByRole('checkbox', { name: 'Winter reading 3' }).check();
  await expectRowTitles(page, PICKED);

  await page.getByRole('button', { name: 'Collections…' }).click();
  await dialog.getByRole('button', { name: 'Rename collection Winter reading' }).click();
  await dialog.getByRole('textbox', { name: 'New name for Winter reading' }).fill('Long evenings');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('list', { name: 'Collections' }).getByRole('listitem')).toHaveText([/Long evenings\s*3/]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(group(page, 'Collections').getByRole('checkbox', { name: 'Long evenings 3' })).toBeChecked();

  await select(page, ['Fixture essay 003']);
  await bulk(page).getByRole('button', { name: 'Remove from collection' }).click();
  await expectRowTitles(page, ['Fixture essay 001', 'Fixture essay 007']);
  await page.getByRole('button', { name: 'Clear selection' }).click();

  await page.getByRole('button', { name: 'Collections…' }).click();
  // Delete asks first, naming how many articles the collection holds; Cancel keeps it.
  await dialog.getByRole('button', { name: 'Delete collection Long evenings' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Delete the collection “Long evenings”\? Its 2 articles stay in the library\./);
  await dialog.getByRole('alert').getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('list', { name: 'Collections' }).getByRole('listitem')).toHaveText([/Long evenings\s*2/]);
  await dialog.getByRole('button', { name: 'Delete collection Long evenings' }).click();
  await dialog.getByRole('alert').getByRole('button', { name: 'Delete collection' }).click();
  await expect(dialog.getByText('No collections yet.')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Deleted the collection “Long evenings” (2 articles).');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(group(page, 'Collections')).toHaveCount(0);
  await expect(page.locator('.library-count')).toHaveText(`${TOTAL} articles`);
});

test('delete a selection, then undo: every article comes back with its tags', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(page.getByText(`${TOTAL} selected`)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all shown' }).uncheck();
  await select(page, PICKED);
  await bulk(page).getByRole('button', { name: 'Delete selected' }).click();
  const notice = page.getByRole('status', { name: 'Deleted articles' });
  await expect(notice).toContainText('Deleted 3 articles.');
  await expect(page.locator('.library-count')).toHaveText(`${TOTAL - 3} articles`);
  for (const title of PICKED) await expect(page.getByRole('button', { name: title })).toHaveCount(0);
  await searchFor(page, '"short text number 7"', []);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.library-count')).toHaveText(`${TOTAL} articles`);
  for (const title of PICKED) await expect(page.getByRole('button', { name: title })).toBeVisible();
  await expect(group(page, 'Tags').getByRole('checkbox', { name: /^history/ })).toHaveAccessibleName('history 3');
  await searchFor(page, '"short text number 7"', ['Fixture essay 007']);
});
