/**
 * Web archives end to end: a gzipped WARC and a WACZ, written here with warcio's own writer (WARCRecord and
 * WARCSerializer, tests/unit/main/services/import/warc-writer.ts), are imported through the app. Each 200 HTML
 * response is an article with its text, its title, its address, the capture's date as its added date and the image
 * the archive holds, shown from the library; requests, revisits and a 404 are passed over; the WACZ's pages.jsonl
 * chooses its page and gives its title; a record whose length lies is named in the report and the pages after it
 * are imported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';
import { makePng, makeWacz, makeWarc, type WarcEntry } from '../unit/main/services/import/warc-writer';

const LONG = 'At slack water the ferry leaves the quay, and the harbour master writes the hour in the book by the door. ';

function page(url: string, title: string, text: string, date: string, extra = ''): WarcEntry {
  return { url, date, body: `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text} ${LONG.repeat(5)}</p>${extra}</article></body></html>` };
}

const TIDES = page('https://quay.example.org/notes/tides', 'The Tide Tables', 'High water comes an hour later each day.', '2024-05-01T10:00:00Z', '<p><img src="../img/chart.png" alt="A tide chart"></p>');
const CAFE: WarcEntry = {
  url: 'https://quay.example.org/cafe',
  date: '2024-05-02T08:30:00Z',
  contentType: 'text/html; charset=windows-1252',
  body: new Uint8Array(Buffer.from(`<html><head><title>Caf\u00e9 on the Quay</title></head><body><article><p>Cr\u00e8me, d\u00e9j\u00e0 vu, na\u00efve: the caf\u00e9 opens at dawn. ${LONG.repeat(5)}</p></article></body></html>`, 'latin1')),
};
const ARCHIVE: WarcEntry[] = [
  TIDES,
  { type: 'request', url: 'https://quay.example.org/notes/tides', date: '2024-05-01T10:00:00Z', body: '' },
  { url: 'https://quay.example.org/img/chart.png', date: '2024-05-01T10:00:01Z', contentType: 'image/png', body: makePng(24, [30, 90, 200]) },
  { type: 'revisit', url: 'https://quay.example.org/notes/tides', date: '2024-05-03T10:00:00Z', body: '' },
  { ...page('https://quay.example.org/gone', 'Not Found', 'Nothing here.', '2024-05-01T10:00:02Z'), status: 404 },
  CAFE,
  { ...page('https://quay.example.org/lies', 'The Lying Record', 'This record says it is shorter than it is.', '2024-05-02T09:00:00Z'), lengthLie: -60 },
  page('https://quay.example.org/after', 'After the Damage', 'The lamps along the mole are lit at dusk.', '2024-05-02T10:00:00Z'),
];

async function expectImageShown(body: Locator, name: string): Promise<void> {
  const image = body.getByRole('img', { name });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

async function metadata(page: Page): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const item of await page.locator('article header .meta-item').all()) {
    entries[(await item.locator('dt').innerText()).replace(/:$/, '')] = (await item.locator('dd').innerText()).trim();
  }
  return entries;
}

test('a WARC and a WACZ are imported page by page, with text, title, address, capture date and images', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-warc-e2e-'));
  try {
    const warc = join(work, 'crawl.warc.gz');
    writeFileSync(warc, await makeWarc(ARCHIVE, { gzip: true }));
    const wacz = join(work, 'harbour.wacz');
    const lamps = page('https://lamps.example.net/wall', 'lamps', 'Every evening the keeper lights the lamps along the harbour wall.', '2023-11-20T17:45:00Z');
    const unlisted = page('https://lamps.example.net/unlisted', 'Unlisted', 'A page the crawl did not list.', '2023-11-20T17:46:00Z');
    writeFileSync(wacz, makeWacz({ 'data.warc.gz': await makeWarc([lamps, unlisted], { gzip: true }) }, [{ url: 'https://lamps.example.net/wall', title: 'Lamps of the Harbour Wall', ts: '2023-11-20T17:45:00Z' }]));

    const { page: app, chooseOnNextImport, emit } = await launch({ locale: 'en-US' });
    await chooseOnNextImport([warc, wacz]);
    await emit('menu:command', 'import');
    const status = app.getByRole('status', { name: 'Import status' });
    await expect(status).toHaveText(/^Imported 4 articles\b/);
    await expect(status).toContainText('1 file could not be imported');

    await status.getByRole('button', { name: 'View report' }).click();
    const row = app.getByRole('table', { name: 'Files that could not be imported' }).locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('crawl.warc.gz › https://quay.example.org/lies');
    await expect(row.getByRole('cell').nth(1)).toContainText('does not end where its length');
    await app.getByRole('button', { name: 'Back to import history' }).click();
    await app.getByRole('button', { name: 'Back to library' }).click();
    const list = app.locator('ul.article-list');
    await expect(list.getByRole('button', { name: 'Not Found' })).toHaveCount(0);
    await expect(list.getByRole('button', { name: 'Unlisted' })).toHaveCount(0);

    await openArticle(app, 'The Tide Tables');
    const body = articleBody(app);
    await expect(body).toContainText('High water comes an hour later each day.');
    await expectImageShown(body, 'A tide chart');
    expect(await metadata(app)).toMatchObject({ Added: 'May 1, 2024', Original: 'https://quay.example.org/notes/tides' });
    await app.getByRole('button', { name: 'Back to library' }).click();

    await openArticle(app, 'Café on the Quay');
    await expect(articleBody(app)).toContainText('Crème, déjà vu, naïve: the café opens at dawn.');
    expect(await metadata(app)).toMatchObject({ Added: 'May 2, 2024' });
    await app.getByRole('button', { name: 'Back to library' }).click();

    await openArticle(app, 'After the Damage');
    await expect(articleBody(app)).toContainText('The lamps along the mole are lit at dusk.');
    await app.getByRole('button', { name: 'Back to library' }).click();

    await openArticle(app, 'Lamps of the Harbour Wall');
    await expect(articleBody(app)).toContainText('Every evening the keeper lights the lamps along the harbour wall.');
    expect(await metadata(app)).toMatchObject({ Added: 'November 20, 2023', Original: 'https://lamps.example.net/wall' });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
