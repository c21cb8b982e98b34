/**
 * More migrations end to end, from the hand-made samples of tests/fixtures/migrations (written from each
 * exporter's format): Chrome's, Firefox's and Safari's bookmarks files and Instapaper's, Raindrop's and Readwise
 * Reader's CSV exports become link-only entries with their titles, tags, reading states and folders as collections,
 * an address found in two exports one entry with what both say, highlights waiting as orphans with their notes;
 * Karakeep's JSON export gives link-only entries and an article of its text bookmark; Hypothesis's annotations are
 * painted on the words of the library's article at their address, and wait on a link-only entry where there is
 * none. What an export holds that cannot be read is named in the report, and the rest is imported.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedHighlights, panel } from './support/highlights';
import { articleBody, openArticle } from './support/reader';

const SAMPLES = join(__dirname, '../fixtures/migrations');
const sample = (name: string): string => join(SAMPLES, name);
const viewport = { width: 1280, height: 860 };
const PILOTS = 'Harbour Pilots & the Night Tide';

async function highlightsAre(page: Page, placed: number, orphaned: number): Promise<void> {
  const body = articleBody(page);
  await expect(body).toHaveAttribute('data-highlights', 'ready');
  await expect(body).toHaveAttribute('data-highlights-placed', String(placed));
  await expect(body).toHaveAttribute('data-highlights-orphaned', String(orphaned));
}

async function showOnly(page: Page, entry: RegExp): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: entry }).click();
  const titles = page.locator('ul.article-list li.article-item .article-title');
  await expect(titles.first()).toBeVisible();
  return (await titles.allTextContents()).sort();
}

async function reportRows(page: Page): Promise<string[]> {
  await page.getByRole('status', { name: 'Import status' }).getByRole('button', { name: 'View report' }).click();
  const rows = page.getByRole('table', { name: 'Files that could not be imported' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  await page.getByRole('button', { name: 'Back to import history' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();
  return texts.sort();
}

test('bookmarks files and Instapaper, Raindrop and Readwise CSV exports: link-only entries with tags, states, collections and waiting highlights', async ({ launch }) => {
  const app = await launch({ viewport });
  const { page } = app;
  const files = ['chrome-bookmarks.html', 'firefox-bookmarks.html', 'safari-bookmarks.html', 'instapaper-export.csv', 'raindrop-export.csv', 'readwise-reader-documents.csv'];
  await app.chooseOnNextImport(files.map(sample));
  await app.emit('menu:command', 'import');
  const status = page.getByRole('status', { name: 'Import status' });
  // 4 + 3 + 2 + 4 + 1 + 3: Raindrop's two addresses that Chrome has too join Chrome's entries.
  await expect(status).toHaveText(/^Imported 17 articles\b/);
  await expect(status).toContainText('2 files could not be imported');
  const rows = await reportRows(page);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toContain('Entry \u2068Save to reader\u2069 of \u2068chrome-bookmarks.html\u2069 cannot be read: its “\u2068HREF\u2069” is missing');
  expect(rows[1]).toContain('Line 6 of \u2068instapaper-export.csv\u2069 cannot be read: its “\u2068url\u2069” is missing or not in the \u2068Instapaper\u2069 export’s format.');

  // Folders are collections; a nested one by its path; one address in two exports is on both's collections.
  const collections = page.getByRole('navigation', { name: 'Library navigation' }).getByRole('region', { name: 'Collections' }).getByRole('button');
  await expect(collections).toHaveText([/^Cooking/, /^Favorites/, /^Reading/, /^Reading \/ Longform/, /^Reading List/, /^Science/, /^Travel/]);
  expect(await showOnly(page, /^Reading \/ Longform\b/)).toEqual([PILOTS, 'The Last Lighthouse Keepers']);
  expect(await showOnly(page, /^Cooking\b/)).toEqual([PILOTS, 'Rye bread for beginners', 'Sourdough, slowly']);
  expect(await showOnly(page, /^Reading List\b/)).toEqual(['The Art of Walking Slowly']);

  // Archive and Starred, Raindrop's favorite and Reader's archive location are reading states.
  expect(await showOnly(page, /^Archive\b/)).toEqual(['Notes on Tram Maps', 'Tides, Moons and the Almanac']);
  expect(await showOnly(page, /^Favourites\b/)).toEqual([PILOTS, 'Why readers write "in the margin"']);

  // Tags from Firefox's TAGS, Raindrop's and Reader's lists; every entry marked Link only.
  await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: /^All articles\b/ }).click();
  const list = page.locator('ul.article-list');
  const row = (title: string) => list.locator('li.article-item').filter({ has: page.getByRole('button', { name: title, exact: true }) });
  await expect(row('How the Moon Moves the Sea').locator('.article-tag')).toHaveText(['tides', 'moon']);
  await expect(row('The Quiet Harbour').locator('.article-tag')).toHaveText(['harbours', 'long reads']);
  for (const title of ['The Quiet Harbour', 'How the Moon Moves the Sea']) await expect(row(title).locator('.article-link-only')).toHaveText('Link only');
  const box = page.getByRole('searchbox', { name: 'Search library' });
  await box.fill('marginalia');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button')).toHaveText(['On Marginalia', 'Why readers write "in the margin"']);
  await box.press('Escape');

  // Raindrop's highlights and Instapaper's selection wait with their quotes and notes.
  await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: /^Favourites\b/ }).click();
  await openArticle(page, PILOTS);
  await expect(page.getByRole('region', { name: 'Only the link was imported' })).toBeVisible();
  await highlightsAre(page, 0, 2);
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  const orphans = panel(page).getByRole('region', { name: 'Highlights not found in the text' }).getByRole('listitem');
  await expect(orphans).toHaveCount(2);
  await expect(orphans.first()).toContainText('A pilot boards from a ladder that swings over black water.');
  await expect(orphans.first()).toContainText('The ladder scene');
  await expect(orphans.nth(1)).toContainText('Every harbour has its own tide table.');
});

test('Karakeep and Hypothesis JSON exports: entries, a text bookmark, and annotations painted on the article at their address', async ({ launch }) => {
  const app = await launch({ viewport });
  const { page } = app;
  await app.chooseOnNextImport(['hypothesis-export.json', 'karakeep-export.json', 'tide-tables.html'].map(sample));
  await app.emit('menu:command', 'import');
  const status = page.getByRole('status', { name: 'Import status' });
  // The page annotated on Hypothesis, the ferry page it has no text for, and Karakeep's two.
  await expect(status).toHaveText(/^Imported 4 articles\b/);
  const rows = await reportRows(page);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toContain('Entry \u2068kL8mN0oP2qR4\u2069 of \u2068hypothesis-export.json\u2069 cannot be read: its “\u2068uri\u2069” is missing');
  expect(rows[1]).toContain('Entry \u2068Broken bookmark\u2069 of \u2068karakeep-export.json\u2069 cannot be read: its “\u2068tags\u2069” is missing');

  // Hypothesis's highlights on the words of the article with that address (imported in the same go), with their notes.
  await openArticle(page, 'Reading the Tide Tables');
  await expect(articleBody(page)).toContainText('Every harbour prints its tide tables');
  await highlightsAre(page, 2, 0);
  expect(await paintedHighlights(page)).toEqual({ yellow: ['The high water comes later each day', 'Neap tides, the smallest'] });
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  await expect(panel(page).getByRole('list', { name: 'Highlights' }).getByRole('listitem').first()).toContainText('Fifty minutes a day: the moon');
  await page.getByRole('button', { name: 'Back to library' }).click();

  // A page the library has no text of: a link-only entry, its highlight waiting, its page note kept.
  await openArticle(page, 'Ferry Timetable, Winter');
  await expect(page.getByRole('region', { name: 'Only the link was imported' })).toBeVisible();
  await highlightsAre(page, 0, 1);
  await page.getByRole('button', { name: 'Back to library' }).click();

  // Karakeep: favourited is a favourite; an archived text bookmark is an article of its text, in the Archive.
  expect(await showOnly(page, /^Favourites\b/)).toEqual(['The Lighthouse Register']);
  expect(await showOnly(page, /^Archive\b/)).toEqual(['Packing list for the ferry']);
  await openArticle(page, 'Packing list for the ferry');
  await expect(articleBody(page)).toContainText('Tickets are checked at the gangway, not at the harbour gate.');
});

test('Readwise highlights CSV: a book the library has is highlighted on its words; a book it has not waits as a link-only entry', async ({ launch }) => {
  const app = await launch({ viewport });
  const { page } = app;
  const handbook = "A Reader's Handbook: Reading Well on Screens and Off Them";
  // The sample library (the handbook among it) is in place before the export comes.
  await expect(page.locator('ul.article-list').getByRole('button', { name: handbook })).toBeVisible();
  await app.chooseOnNextImport([sample('readwise-highlights.csv')]);
  await app.emit('menu:command', 'import');
  const status = page.getByRole('status', { name: 'Import status' });
  await expect(status).toContainText('1 file could not be imported');
  const rows = await reportRows(page);
  expect(rows).toEqual([expect.stringContaining('Line 6 of \u2068readwise-highlights.csv\u2069 cannot be read: its “\u2068highlight\u2069” is missing')]);

  // Found by its title and author (the export has no address): the quotes are on the handbook's words, with notes.
  await openArticle(page, handbook);
  await highlightsAre(page, 2, 0);
  // (The handbook's Markdown breaks that sentence's line: the painted words hold the soft line break.)
  const painted = (await paintedHighlights(page))['yellow']?.map((words) => words.replace(/\s+/g, ' '));
  expect(painted).toEqual(['Each section ends with something to try.', 'Speed is the most advertised and least useful of reading skills.']);
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  await expect(panel(page).getByRole('list', { name: 'Highlights' }).getByRole('listitem').nth(1)).toContainText('Worth quoting, with the "least" part.');
  await page.getByRole('button', { name: 'Back to library' }).click();

  // A book the library does not have: a link-only entry of its title and author, its highlight waiting.
  await openArticle(page, 'Harbour Pilots');
  await expect(page.getByRole('region', { name: 'Only the link was imported' })).toBeVisible();
  await highlightsAre(page, 0, 1);
});
