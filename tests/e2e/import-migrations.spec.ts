/**
 * Migrations end to end: an Omnivore export zip and a wallabag JSON export, written here as their exporters write
 * them, are imported through the app; the articles have their text, and the exported highlights are painted on
 * their words, a quote the text holds twice kept as an orphan with its words. An entry whose text is missing from
 * the export is named in the report, and the rest is imported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { paintedHighlights, panel } from './support/highlights';
import { articleBody, openArticle } from './support/reader';

const viewport = { width: 1280, height: 860 };
const KEEPER = 'lights the lamps along the harbour wall';
const TWICE = 'the lamps are lit at dusk';
const TIDES = 'High water comes an hour later each day.';

const OMNIVORE = {
  'metadata_0_to_2.json': JSON.stringify([
    {
      id: 'a1', slug: 'lights-of-the-harbour', title: 'Lights of the Harbour', author: 'Mara Lind', url: 'https://quay.example.org/lights',
      state: 'Archived', readingProgress: 100, labels: ['harbour'], savedAt: '2024-03-09T08:00:00.000Z', updatedAt: '2024-03-12T19:30:00.000Z', publishedAt: null,
    },
    {
      id: 'a2', slug: 'the-lost-page', title: 'The Lost Page', url: 'https://quay.example.org/lost', state: 'Succeeded', labels: [],
      savedAt: '2024-03-10T08:00:00.000Z', updatedAt: '2024-03-10T08:00:00.000Z', publishedAt: null,
    },
  ]),
  'content/lights-of-the-harbour.html': `<DIV class="page" id="readability-page-1"><div>
<p>Every evening the keeper climbs the stair and ${KEEPER}, one after another, from the quay to the end of the mole.</p>
<p>Here ${TWICE}. In winter that is early, and the keeper has the evening to himself; ${TWICE} all year round.</p></div></DIV>`,
  'highlights/lights-of-the-harbour.md': `> ${KEEPER} \n\nThe opening image.\n\n> ${TWICE} `,
};

const WALLABAG = [
  {
    id: 7, title: 'The Tide Tables', url: 'https://quay.example.org/tides', is_archived: 0, is_starred: 1,
    created_at: '2016-09-08T11:55:58+0200', updated_at: '2016-09-10T08:00:00+0200', tags: ['tides'],
    content: `<p>The tide tables are printed each spring and nailed to the door of the harbour master’s office.</p><p>${TIDES} The tables also give the height of every tide, so a skipper knows when the bar can be crossed.</p>`,
    annotations: [{ id: 1, quote: TIDES, text: 'Check against the almanac.', created_at: '2016-09-09T09:00:00+0200', ranges: [] }],
  },
];

async function placed(page: Page, count: number, orphaned: number): Promise<void> {
  const body = articleBody(page);
  await expect(body).toHaveAttribute('data-highlights', 'ready');
  await expect(body).toHaveAttribute('data-highlights-placed', String(count));
  await expect(body).toHaveAttribute('data-highlights-orphaned', String(orphaned));
}

test('an Omnivore export and a wallabag export are imported with their text, and their highlights on the words', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-migrations-e2e-'));
  try {
    const zip = join(work, 'omnivore-export.zip');
    writeFileSync(zip, zipSync(Object.fromEntries(Object.entries(OMNIVORE).map(([name, text]) => [name, strToU8(text)]))));
    const json = join(work, 'wallabag-export.json');
    writeFileSync(json, JSON.stringify(WALLABAG));
    const { page, chooseOnNextImport, emit } = await launch({ viewport });
    await chooseOnNextImport([zip, json]);
    await emit('menu:command', 'import');
    const status = page.getByRole('status', { name: 'Import status' });
    await expect(status).toHaveText(/^Imported 2 articles\b/);
    await expect(status).toContainText('1 file could not be imported');

    await status.getByRole('button', { name: 'View report' }).click();
    const row = page.getByRole('table', { name: 'Files that could not be imported' }).locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('omnivore-export.zip › metadata_0_to_2.json');
    await expect(row.getByRole('cell').nth(1)).toHaveText(
      'The text of \u2068The Lost Page\u2069 is missing from the \u2068Omnivore\u2069 export (\u2068content/the-lost-page.html\u2069 is not in it).',
    );
    await page.getByRole('button', { name: 'Back to import history' }).click();
    await page.getByRole('button', { name: 'Back to library' }).click();

    // Omnivore's "Archived" is the Archive: the article leaves the list and is found there.
    const sidebar = page.getByRole('navigation', { name: 'Library navigation' });
    await expect(page.locator('ul.article-list').getByRole('button', { name: 'Lights of the Harbour' })).toHaveCount(0);
    await sidebar.getByRole('button', { name: /^Archive\b/ }).click();
    await openArticle(page, 'Lights of the Harbour');
    await expect(articleBody(page)).toContainText('Every evening the keeper climbs the stair');
    await placed(page, 1, 1);
    expect(await paintedHighlights(page)).toEqual({ yellow: [KEEPER] });
    await page.getByRole('button', { name: 'Highlights and notes' }).click();
    await expect(panel(page).getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toContainText('The opening image.');
    const orphans = panel(page).getByRole('region', { name: 'Highlights not found in the text' });
    await expect(orphans.getByRole('listitem')).toHaveCount(1);
    await expect(orphans.getByRole('listitem')).toContainText(TWICE);
    await page.getByRole('button', { name: 'Back to library' }).click();

    // wallabag's is_starred is a favourite.
    await sidebar.getByRole('button', { name: /^Favourites\b/ }).click();
    await openArticle(page, 'The Tide Tables');
    await placed(page, 1, 0);
    expect(await paintedHighlights(page)).toEqual({ yellow: [TIDES] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
