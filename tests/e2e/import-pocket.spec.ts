/**
 * Pocket's export end to end: the sample zip (tests/fixtures/formats/pocket-export.zip, as Pocket mailed it in 2025)
 * and a second export with a broken line are imported through the app. Every saved item is a link-only entry,
 * marked "Link only" in the list with its tags, archived ones in the Archive, found by a word of its address and by
 * a tag; its page says only the link was imported and opens the address only after the person confirms; its
 * highlights wait as orphans with their quotes, in the reader's panel and in the Notes view. The broken line is named.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { panel } from './support/highlights';
import { notesByArticle, openNotesView } from './support/notes';
import { articleBody, openArticle } from './support/reader';

const SAMPLE = join(__dirname, '../fixtures/formats/pocket-export.zip');
const SLOW = 'The Slow Reading Movement';
const SLOW_URL = 'https://read.example.org/essays/slow-reading';
const QUOTES = ['Reading slowly is not reading less; it is reading once, properly.', 'the margin is where the reader answers back'];
const BROKEN = [
  'title,url,time_added,cursor,tags,status',
  'A Harbour Without Boats,https://quay.example.org/empty-harbour,1700000000,1,harbour,unread',
  '"The "broken" line",https://quay.example.org/broken,1700000001,2,,unread',
].join('\n');

test('a Pocket export becomes link-only entries with their tags, states and waiting highlights; a broken line is named', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-pocket-e2e-'));
  try {
    const broken = join(work, 'pocket-broken.zip');
    writeFileSync(broken, zipSync({ 'part_000000.csv': strToU8(BROKEN) }));
    const app = await launch({ viewport: { width: 1280, height: 860 } });
    const { page } = app;
    await app.chooseOnNextImport([SAMPLE, broken]);
    await app.emit('menu:command', 'import');
    const status = page.getByRole('status', { name: 'Import status' });
    await expect(status).toHaveText(/^Imported 8 articles\b/);
    await expect(status).toContainText('1 file could not be imported');
    await status.getByRole('button', { name: 'View report' }).click();
    const row = page.getByRole('table', { name: 'Files that could not be imported' }).locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('pocket-broken.zip › part_000000.csv');
    await expect(row.getByRole('cell').nth(1)).toHaveText(
      'Line 3 of \u2068part_000000.csv\u2069 cannot be read: a quotation mark in it is out of place. The other lines of the \u2068Pocket\u2069 export are imported.',
    );
    await page.getByRole('button', { name: 'Back to import history' }).click();
    await page.getByRole('button', { name: 'Back to library' }).click();

    // The list: unread entries, each marked Link only, with its tags; archived ones are in the Archive.
    const list = page.locator('ul.article-list');
    const slowRow = list.locator('li.article-item').filter({ has: page.getByRole('button', { name: SLOW }) });
    await expect(slowRow.locator('.article-link-only')).toHaveText('Link only');
    await expect(slowRow.locator('.article-tag')).toHaveText(['reading', 'slow web']);
    await expect(list.locator('li.article-item').filter({ hasText: 'A Harbour Without Boats' }).locator('.article-link-only')).toHaveText('Link only');
    await expect(list.getByRole('button', { name: 'Lighthouses, a field guide' })).toHaveCount(0);
    const sidebar = page.getByRole('navigation', { name: 'Library navigation' });
    await sidebar.getByRole('button', { name: /^Archive\b/ }).click();
    await expect(list.locator('.article-link-only')).toHaveCount(3);
    for (const title of ["Tides, Moons and the Harbour Master's Almanac", 'Über Straßenbahnen in Zürich', 'Lighthouses, a field guide']) {
      await expect(list.getByRole('button', { name: title })).toHaveCount(1);
    }
    await sidebar.getByRole('button', { name: /^All articles\b/ }).click();

    // Found by a word of its address and by a tag, as a plain search.
    const box = page.getByRole('searchbox', { name: 'Search library' });
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await box.fill('zuerich');
    await expect(results).toHaveText(['Über Straßenbahnen in Zürich']);
    await box.fill('verkehr');
    await expect(results).toHaveText(['Über Straßenbahnen in Zürich']);
    await box.press('Escape');

    // Its page: only the link was imported; the address opens only after the person confirms. Nothing is read.
    await openArticle(page, SLOW);
    const linkPage = page.getByRole('region', { name: 'Only the link was imported' });
    await expect(linkPage).toBeVisible();
    await linkPage.getByRole('link', { name: SLOW_URL }).click();
    await expect.poll(() => app.openConfirmations()).toEqual([SLOW_URL]);
    expect(await app.openedExternalUrls()).toEqual([]);
    await expect(page.getByTestId('read-marker')).toHaveCount(0);
    // Its highlights wait, with their quotes.
    const body = articleBody(page);
    await expect(body).toHaveAttribute('data-highlights', 'ready');
    await expect(body).toHaveAttribute('data-highlights-orphaned', '2');
    await page.getByRole('button', { name: 'Highlights and notes' }).click();
    const orphans = panel(page).getByRole('region', { name: 'Highlights not found in the text' });
    await expect(orphans.getByRole('listitem')).toHaveText(QUOTES.map((quote) => new RegExp(quote.replace(/[.;]/g, '\\$&'))));
    await page.getByRole('button', { name: 'Back to library' }).click();

    // And in the Notes view, under their entries.
    await openNotesView(page);
    const slowNotes = notesByArticle(page).getByRole('list', { name: `Notes and highlights on \u2068${SLOW}\u2069` });
    await expect(slowNotes.getByRole('listitem')).toHaveCount(2);
    for (const quote of QUOTES) await expect(slowNotes).toContainText(quote);
    await expect(notesByArticle(page).getByRole('list', { name: 'Notes and highlights on \u2068Lighthouses, a field guide\u2069' })).toContainText(
      'Every light has its own rhythm, and sailors learn them like names.',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
